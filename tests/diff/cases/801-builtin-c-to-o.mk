#? args: -n hello.o
#? setup: touch hello.c
# The built-in %.o: %.c rule (printed with -n).
