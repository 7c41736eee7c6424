# The "did you mean TAB instead of 8 spaces?" hint is given only while
# the recipe prefix is a tab; with .RECIPEPREFIX = : the error is a plain
# "missing separator" (status 2).
.RECIPEPREFIX = :
foo:
        bar
