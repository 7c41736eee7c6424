#? args: -s -w
# -w given explicitly prints them even under -s, at every level.
all:
	@$(MAKE) -f $(firstword $(MAKEFILE_LIST)) sub
sub:
	@echo in sub
