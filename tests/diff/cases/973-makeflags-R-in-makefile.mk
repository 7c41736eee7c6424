#? args: -i
#? setup: touch foo.c
# -R put in MAKEFLAGS by a makefile: the built-in variables are there
# while the makefiles are read and undefined after (.LIBPATTERNS too,
# not MAKE or SUFFIXES), and, unlike -R on the command line, it does not
# mean -r: the built-in rule for foo.o runs, with an empty $(COMPILE.c).
# dmake took it as -rR and kept the variables.
MAKEFLAGS += -R
$(info reading: CC=$(CC) $(origin CC) $(origin .LIBPATTERNS))
CFLAGS += -g
all: foo.o
	@echo [$(MAKEFLAGS)] CC=[$(CC)] $(origin CC) $(origin AR) $(origin .LIBPATTERNS) $(origin MAKE) $(origin SUFFIXES) CFLAGS=$(CFLAGS) $(origin CFLAGS)
