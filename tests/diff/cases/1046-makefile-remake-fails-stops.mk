# The makefile has a rule, and its recipe fails: GNU make stops there
# (status 2) without reading it again or making the goal.  dmake did
# the same but, built with the sanitizers, reported a leak on that
# way out (found by tests/scenario/makemaker.sh: MakeMaker's Makefile
# rule ends with "false" once it has rewritten the Makefile).
Makefile: force
	@echo remaking the makefile
	@false
force:
all:
	@echo all
