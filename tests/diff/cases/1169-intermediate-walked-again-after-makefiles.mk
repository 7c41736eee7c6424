# c.c, an intermediate file, was tried while the makefiles were updated
# (for c.d).  When the goal c.o needs it, GNU make walks its
# prerequisites again ("Considering target file 'c.y'" ... "considered
# already").  dmake had dropped c.c's prerequisite list at the end of
# the makefiles' update and walked none.
#? args: --debug=v
#? setup: echo y > c.y
all: c.o
-include c.d
%.d: %.c ; @exit 1
%.c: %.y ; @exit 1
%.o: %.c ; @echo cc $@
