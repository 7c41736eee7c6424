# A target-specific += adds to the global value; an error in that
# global value, found as the target's variable expands, is reported by
# GNU make at the line of the target's +=, the variable being expanded
# (its variable_append expands the values before it in that context).
# dmake named the global assignment's line.
V = $(abspath (
all: V += x
all:
	@echo [$(V)]
