# The self-reference error raised while expanding a recipe; the location
# given is that of the variable definition, not of the recipe line.
X = $(X)
all:
	@echo first
	@echo $(X)
