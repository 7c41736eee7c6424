# A target-specific value applies only in that target's recipe.
V = global
all: one two
one: V = one
one:
	@echo one: $(V)
two:
	@echo two: $(V)
