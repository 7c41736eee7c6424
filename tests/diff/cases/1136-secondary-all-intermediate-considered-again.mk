#? setup: touch c.c y.h
#? args: -r --debug=v
# An intermediate prerequisite already made is looked at anew when a
# second target must be made and makes its intermediates: GNU make says
# "Considering target file 'y.h'." and "File 'y.h' was considered
# already.", never "Pruning file" there.  (Under '.SECONDARY:' the
# existing y.h, which no rule makes, stays intermediate.)
all: prog
prog: c.o y.h ; @echo prog
c.o: c.c y.h ; @echo c.o
.SECONDARY:
