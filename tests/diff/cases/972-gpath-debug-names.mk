#? args: --debug=b foo.o bar.o baz.o
#? setup: mkdir src other; echo c > other/foo.c; echo c > src/bar.c; echo c > baz.c
#? setup: echo o > src/foo.o; echo o > src/bar.o; echo o > other/baz.o
#? setup: touch -d '2020-01-01 00:00' src/foo.o src/bar.o other/baz.o
# --debug=b names a file GPATH renamed by its new name, and a file VPATH
# found elsewhere says "Ignoring VPATH name" when it is remade here.
VPATH = src:other
GPATH = src
%.o: %.c
	@cp $< $@
