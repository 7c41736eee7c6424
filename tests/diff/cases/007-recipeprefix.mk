# .RECIPEPREFIX replaces the tab as the recipe prefix.
.RECIPEPREFIX = >
all:
> @echo with greater-than
>echo no space after the prefix
.RECIPEPREFIX =
second:
	@echo tab again
