# $(eval) of a rule line while a recipe is being expanded is an error:
# prerequisites cannot be defined in recipes.
all:
	@echo before
	$(eval extra: dep)
	@echo after
