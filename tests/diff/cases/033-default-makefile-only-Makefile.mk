# The runner provides only 'Makefile': it must be found without -f.
$(info MAKEFILE_LIST=[$(MAKEFILE_LIST)])
all:
	@echo found
