# A pattern-specific "private V2 ?= x" for a variable set globally
# (here on the command line, under -e) assigns nothing and leaves the
# global variable alone while no file the pattern matches is made; a
# target's '?=' would mark it (case 1115).  dmake, taking the pattern
# for a target there, made the command line's V2 private.
#? args: -e V2=cmd
%.o: private V2 ?= x/y.c
all:
	@echo [$(V2)]
