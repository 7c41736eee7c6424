#? args: -n
# Under -n a makefile is still remade (its recipe runs), then the goals'
# recipes are only printed.
include gen.mk
gen.mk:
	@echo making $@
	@printf 'X = made\n' > $@
all:
	@echo X=$(X)
.DEFAULT_GOAL = all
