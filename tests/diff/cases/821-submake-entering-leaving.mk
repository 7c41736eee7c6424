# A sub-make prints "Entering directory" and "Leaving directory" (-w is
# implied when MAKELEVEL > 0), with its level in its name.
all:
	@$(MAKE) -f $(firstword $(MAKEFILE_LIST)) sub
sub:
	@echo in sub
