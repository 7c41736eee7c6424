# $(eval) inside a recipe defines a global variable for later lines.
all:
	$(eval V := set-in-recipe)
	@echo $(V)
