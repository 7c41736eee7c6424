#? args: -k -s V=1
# The value of MAKEFLAGS in the makefile and in the recipe environment.
$(info [$(MAKEFLAGS)])
all:
	@echo "[$$MAKEFLAGS]"
