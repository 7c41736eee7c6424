#? setup: touch a1 a2 b1 'q?'; mkdir d; touch d/e
# wildcard with ?, [..] and several patterns; duplicates are kept.
$(info [$(wildcard a? [b]*)])
$(info [$(wildcard a1 a1)])
$(info [$(wildcard d/*)])
all: ;
