#? args: -n CC=mycc CFLAGS=-O2 CPPFLAGS=-DX
#? setup: touch a.c
# Built-in rules use CC, CFLAGS, CPPFLAGS, TARGET_ARCH.
all: a.o
