# An included file with a rule is made, then make re-reads everything.
include gen.mk
$(info X=[$(X)])
gen.mk:
	@echo making $@
	@printf 'X = generated\n' > $@
all:
	@echo final X=$(X)
.DEFAULT_GOAL = all
