#? args: -e
#? env: CC=echo CURDIR=/nowhere PLAIN=p MAKEFILE_LIST=junk
# Under -e, GNU make's own definitions make an environment variable they
# touch "environment override" (CC, by its default; PLAIN, untouched,
# stays "environment"), and the environment's CURDIR and MAKEFILE_LIST
# win over the ones make sets (MAKEFILE_LIST gets no makefile names).
# MAKELEVEL still counts up in a sub-make.  dmake said "environment"
# for CC, set CURDIR and appended to MAKEFILE_LIST.
all:
	@echo '$(CC) $(origin CC) [$(CURDIR)] $(origin CURDIR) $(origin PLAIN) [$(MAKEFILE_LIST)] $(MAKELEVEL) $(origin MAKELEVEL)'
	@$(MAKE) --no-print-directory -f Makefile sub
sub:
	@echo 'sub: $(MAKELEVEL) $(origin MAKELEVEL) [$(MAKEFILE_LIST)]'
