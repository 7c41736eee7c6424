#? args: --warn-undefined-variables
# --warn-undefined-variables: a warning at the line for each reference to
# an undefined variable, in a recipe, a function and a definition.
X = $(UNDEF1)
all:
	@echo [$(X)] [$(UNDEF2)] $(if $(UNDEF3),a,b) [$(DEFINED)]
DEFINED = yes
