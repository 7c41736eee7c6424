# .RECIPEPREFIX can change several times.
.RECIPEPREFIX := +
a:
+@echo plus $@
.RECIPEPREFIX := |
b:
|@echo bar $@
all: a b
.DEFAULT_GOAL = all
