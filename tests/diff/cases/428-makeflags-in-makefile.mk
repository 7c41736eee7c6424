# Adding flags to MAKEFLAGS in the makefile applies them.
MAKEFLAGS += -s
all:
	echo quiet
