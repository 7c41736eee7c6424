# A line holding only a tab after an empty ';' recipe continues it.
all: ;

	@echo still the recipe of all
