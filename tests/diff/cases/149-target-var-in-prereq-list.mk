# Target-specific values are not in effect in the prerequisite list.
V = global
all: V = target
all: $(V)-prereq
	@echo $^ $(V)
global-prereq target-prereq: ; @:
