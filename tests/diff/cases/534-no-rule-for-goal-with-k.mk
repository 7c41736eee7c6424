#? args: -k nosuch all
# -k with a goal that has no rule: the other goals are still made.
all:
	@echo all
