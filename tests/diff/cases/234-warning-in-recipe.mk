# $(warning) in a recipe names the recipe line.
all:
	@echo first
	@echo second $(warning in recipe)
