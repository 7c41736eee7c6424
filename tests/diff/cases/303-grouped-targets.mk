# 'a b &: ...' makes both with one run of the recipe.
all: a b
a b &:
	touch a b
	@echo made by $@
