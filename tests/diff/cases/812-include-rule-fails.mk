# The rule of a missing include fails: make stops with status 2 and the
# goal is not made.
include gen.mk
gen.mk:
	@echo trying
	@false
all:
	@echo all
.DEFAULT_GOAL = all
