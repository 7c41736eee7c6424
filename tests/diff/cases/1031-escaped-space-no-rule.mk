# A prerequisite 'x\ y' with no rule: GNU make says it has no rule to
# make 'x y' (the name unescaped), exit 2.  dmake looked for 'x\' and
# stopped at it.
all: x\ y
	@echo not reached
