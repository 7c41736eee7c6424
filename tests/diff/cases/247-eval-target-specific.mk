# eval can set target-specific variables.
$(eval all: V = from-eval)
all:
	@echo $(V)
