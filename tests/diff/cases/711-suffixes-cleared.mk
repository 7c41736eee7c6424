#? setup: touch x.c
# '.SUFFIXES:' with nothing clears the suffix list; suffix rules then are
# plain targets.
.SUFFIXES:
.c.o:
	@echo suffix rule
all: x.o
