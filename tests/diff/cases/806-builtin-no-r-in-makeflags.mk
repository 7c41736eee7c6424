#? setup: touch x.c
# 'MAKEFLAGS += -r' in the makefile removes the built-in rules too.
MAKEFLAGS += -r
all: x.o
