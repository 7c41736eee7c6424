# SHELL chooses the shell of recipes.
SHELL = /bin/bash
all:
	@echo $${BASH_VERSION:+is-bash}
	@[[ x == x ]] && echo double-bracket
