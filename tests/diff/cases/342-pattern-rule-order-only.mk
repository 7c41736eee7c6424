#? args: -r
#? setup: touch a.in
# Order-only prerequisites in a pattern rule.
%.out: %.in | %.dir
	@echo '$@ ^=[$^] |=[$|]'
%.dir:
	@echo make $@
all: a.out
.DEFAULT_GOAL = all
