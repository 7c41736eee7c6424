#? args: -i
# -i ignores errors in all recipes.
all: dep
	@echo all runs
dep:
	false
	@echo after
