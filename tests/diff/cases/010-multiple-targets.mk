# A rule with several targets is the same as one rule per target.
all: a b c
a b c:
	@echo making $@
