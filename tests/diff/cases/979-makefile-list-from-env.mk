#? env: MAKEFILE_LIST=junk
# MAKEFILE_LIST from the environment is defined afresh when the first
# makefile is read (not appended to), also in a sub-make that got it
# through .EXPORT_ALL_VARIABLES.  dmake appended ("junk Makefile",
# "Makefile Makefile").
.EXPORT_ALL_VARIABLES:
all:
	@echo '[$(MAKEFILE_LIST)] $(origin MAKEFILE_LIST)'
	@$(MAKE) -s -f Makefile sub
sub:
	@echo 'sub: [$(MAKEFILE_LIST)]'
