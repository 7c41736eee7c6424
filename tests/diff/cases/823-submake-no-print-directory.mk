# --no-print-directory in the sub-make's command turns them off.
all:
	@$(MAKE) --no-print-directory -f $(firstword $(MAKEFILE_LIST)) sub
sub:
	@echo in sub
