#? env: HOME=/nowhere
# $(origin) and $(flavor) of the variables make defines itself.
$(foreach v,MAKEFLAGS MAKELEVEL CURDIR MAKE MAKEFILE_LIST .VARIABLES SHELL HOME CC .DEFAULT_GOAL MAKE_VERSION .RECIPEPREFIX SUFFIXES,$(info $(v): $(origin $(v)) $(flavor $(v))))
all:
	@echo '$(origin @) $(flavor @) $(origin *) $(origin ^D)'
