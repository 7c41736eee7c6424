#? env: CC=echo CFLAGS=-x MAKE_VERSION=9 SUFFIXES=.q .LIBPATTERNS=lib%.q MAKECMDGOALS=envgoals
#? setup: touch foo.c
# A variable the environment gives is not replaced by GNU make's default
# for it: CC=echo runs the built-in %.o rule with echo, and CC, SUFFIXES,
# MAKE_VERSION, .LIBPATTERNS and even MAKECMDGOALS keep the
# environment's value and origin (and stay exported).  dmake put its
# defaults over them ("cc", origin default).
all: foo.o
	@echo '$(CC) $(origin CC) [$(MAKE_VERSION)] [$(SUFFIXES)] [$(.LIBPATTERNS)] [$(MAKECMDGOALS)] $(origin MAKECMDGOALS)'
	@echo "shell: [$$CC]"
