# Blank lines and comment lines inside a recipe do not end it.
all:
	@echo one

	@echo two
# comment at column 0

	@echo three
