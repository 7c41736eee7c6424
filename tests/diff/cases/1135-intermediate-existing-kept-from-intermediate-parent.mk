#? setup: touch c.c
#? args: -r --debug=v
# An existing file named by .INTERMEDIATE keeps its mark when GNU make
# reaches it first from an intermediate target that does not exist and
# searches an implicit rule for it before reading its time: it is not
# brought up to date then ("Considering target file 'c.c'" comes under
# c.o, made with it), and it is removed at the end though it was there
# before the run ("rm c.c").  dmake dropped the mark of every file that
# existed and kept c.c.
all: prog
prog: c.o ; @echo prog
c.o: c.c ; @echo c.o
.INTERMEDIATE: c.c c.o prog
