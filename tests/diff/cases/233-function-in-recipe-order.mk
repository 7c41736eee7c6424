# All lines of a recipe are expanded before its first line runs.
all:
	echo one
	$(info expanded while line one not yet run)
	echo two
