#? args: -r
#? setup: touch x.c
# A double-suffix rule .c.o; -r clears the suffix list so it is redeclared.
.SUFFIXES: .c .o
.c.o:
	@echo compile $< to $@ stem $*
all: x.o
