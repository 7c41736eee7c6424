# $(value) of a recursive variable in a recipe, then expanded by the shell line.
CMD = echo target=$@
all:
	@echo '$(value CMD)'
	@$(CMD)
