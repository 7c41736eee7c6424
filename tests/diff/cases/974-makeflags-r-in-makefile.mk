#? args: -k
#? setup: touch foo.c bar.c
# -r put in MAKEFLAGS by a makefile empties the built-in suffix list
# (SUFFIXES becomes empty) unless a makefile changed the list, and -p
# leaves the built-in suffix rules out.  GNU make defined those rules
# before reading, so here, where .SUFFIXES got .x, .c.o still makes
# foo.o; a sub-make given only "-r" has no .c.o.  dmake dropped the
# suffix rules and printed them under -p.
ifdef SUB
MAKEFLAGS += -r
sub: bar.o ; @echo sub: [$(SUFFIXES)]
else
MAKEFLAGS += -r
.SUFFIXES: .x
.c.x: ; @echo c to x: $@
all: foo.o foo.x
	@echo [$(SUFFIXES)] [$(MAKEFLAGS)]
	@$(MAKE) -p -q | grep -c '^\.c\.o:' || :
	-@$(MAKE) --no-print-directory SUB=1
endif
