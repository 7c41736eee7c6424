# The name of a target-specific variable is expanded among that
# target's variables, as GNU make defines it in the target's context:
# "all: $(N)y = 1" after "all: N = x" defines xy for all, not gy.
# dmake expanded the name among the global variables.
N = g
all: N = x
all: $(N)y = 1
all:
	@echo [$(xy)] [$(gy)]
