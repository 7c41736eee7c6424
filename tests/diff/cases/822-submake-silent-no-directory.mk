#? args: -s
# Under -s a sub-make prints no directory lines.
all:
	@$(MAKE) -f $(firstword $(MAKEFILE_LIST)) sub
sub:
	@echo in sub
