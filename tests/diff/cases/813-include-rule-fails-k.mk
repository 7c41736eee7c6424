#? args: -k
# The same under -k: the failure is named and the goal still made.
include gen.mk
gen.mk:
	@echo trying
	@false
all:
	@echo all
.DEFAULT_GOAL = all
