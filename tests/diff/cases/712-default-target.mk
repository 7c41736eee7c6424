# .DEFAULT supplies a recipe for targets without a rule.
.DEFAULT:
	@echo default for $@ [$<]
all: anything else
	@echo all
