#? setup: mkdir src other; echo c > other/foo.c; echo c > src/bar.c; echo c > baz.c
#? setup: echo o > src/foo.o; echo o > src/bar.o; echo o > other/baz.o
#? setup: touch -d '2020-01-01 00:00' src/foo.o src/bar.o other/baz.o
# GPATH: a file VPATH finds in a GPATH directory is renamed at once, so
# its implicit rule is looked for under the new name: src/bar.o is made
# from src/bar.c with $* = src/bar and gets the "src/%.o" pattern-specific
# variable; src/foo.o would need src/foo.c, which no VPATH directory
# holds, so it has no rule and is left alone although other/foo.c is
# newer.  other/baz.o is not in GPATH: baz.o is remade here.  dmake
# looked under the written name (foo.c, bar.c through VPATH).
VPATH = src:other
GPATH = src
src/%.o: X = in-src
%.o: X ?= plain
all: foo.o bar.o baz.o
	@echo all from $^
%.o: %.c
	@echo compile $< to $@, stem $*, X=$(X)
	@cp $< $@
