#? setup: mkdir src; echo c > src/foo.c; echo c > src/bar.c
#? setup: echo o > src/foo.o; echo o > src/bar.o
#? setup: touch -d '2020-01-01 00:00' src/foo.o src/bar.o
# GPATH: -t touches, and .DELETE_ON_ERROR deletes, the file where GPATH
# found it (src/foo.o), not a new one here.  dmake touched foo.o and
# deleted nothing.
.DELETE_ON_ERROR:
VPATH = src
GPATH = src
all:
	-@$(MAKE) --no-print-directory -t touched
	-@$(MAKE) -s failed
	@ls foo.o bar.o 2>/dev/null; ls src
touched: foo.o ; @echo not run
foo.o: foo.c ; echo new > $@
failed: bar.o
bar.o: bar.c ; @echo new > $@; false
