# 'all: undefine X' (or 'define X') reads as a target-specific variable
# that is no assignment: GNU make stops with "Malformed target-specific
# variable definition".  dmake made a prerequisite named undefine.
X = g
all: define = 1
all: undefine X
all:
	@echo [$(X)]
