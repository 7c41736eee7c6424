#? env: FC=envfc SHELL=/bin/bash
#? setup: echo 'int main(void) { return 0; }' > hello.c
# .POSIX makes GNU make define POSIX's defaults when it reads it, as
# simple variables of origin default that do not replace the
# environment's (FC) or what the makefile set before (ARFLAGS): CC c99,
# CFLAGS -O1 (what the built-in rules compile with; a later
# "CFLAGS += -g" appends to it), .SHELLFLAGS -ec.  SHELL, which the
# environment has (and make does not take), is recursive.
# dmake kept cc and an empty CFLAGS, and .SHELLFLAGS recursive.
ARFLAGS = mine
.POSIX:
CFLAGS += -g
all: hello.o
	@echo '[$(CC)] [$(CFLAGS)] $(flavor CFLAGS) [$(FC)] [$(FFLAGS)] [$(ARFLAGS)] [$(SCCSGETFLAGS)] [$(.SHELLFLAGS)] $(flavor .SHELLFLAGS) $(flavor SHELL)'
hello.o:
	@echo $(CC) $(CFLAGS) -c hello.c
