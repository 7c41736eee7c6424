# A makefile with variables but no targets.
X = 1
