# A second recipe for a target replaces the first, with two warnings.
all:
	@echo first
all:
	@echo second
