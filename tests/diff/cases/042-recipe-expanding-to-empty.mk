# Recipe lines that expand to nothing: the target counts as up to date
# although it has a recipe.
EMPTY =
all:
	$(EMPTY)
	$(info expanded)
