# A makefile line for a built-in suffix rule without a recipe (".c.o:
# x.h") adds to the built-in rule, which GNU make has before it reads:
# x.o is still made from x.c by it, and the prerequisite is ignored
# with a warning (no location: the recipe is the built-in one), once
# for each time the pair comes up in .SUFFIXES (.c and .o named again
# here: four times).
#? setup: echo 'int x;' > x.c
#? args: -n
.SUFFIXES: .c .o
.c.o: x.h
all: x.o
