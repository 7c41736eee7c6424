# Special targets, target-specific and pattern-specific variables and
# .EXTRA_PREREQS read 'a\ b' as the one name 'a b': '.PHONY: a\ b'
# makes it phony (its recipe runs though the file exists), 'a\ b: X=1'
# and '%\ c: Y=2' set variables for 'a b' and 'b c', '.SECONDARY' keeps
# the intermediate 'i j'.  dmake took 'a\' and 'b' apart: 'Nothing to
# be done', empty X and Y, No rule to make target 'e\'.
#? setup: touch 'a b'
#? args: -r
.PHONY: a\ b
.SECONDARY: i\ j
all: a\ b b\ c k
	@echo '[$^]'
a\ b: X=1
%\ c: Y=2
a\ b b\ c: ; @echo 'made [$@] X=$(X) Y=$(Y)'
k: i\ j ; @touch k; echo 'made [$@]'
i\ j: ; @touch '$@'; echo 'made [$@]'
all: .EXTRA_PREREQS = e\ f
e\ f: ; @echo 'extra [$@]'
