#? args: -j1
# The command line's -j1 wins over the makefile's MAKEFLAGS += -j2
# (GNU make keeps the -j given to it): a and b run one after the other,
# in order, and MAKEFLAGS says -j1.  dmake took the makefile's -j2.
MAKEFLAGS += -j2
all: a b
a: ; @sleep 0.3; echo a $(MAKEFLAGS)
b: ; @echo b
