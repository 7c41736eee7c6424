#? setup: printf 'x: ; @echo x [$(MAKEFLAGS)]\n' > sub.mk
#? setup: printf 'MAKEFLAGS += --bogus -Z -j2x\ny: ; @echo y\n' > sub2.mk
# GNU make reads MAKEFLAGS leniently: an option it does not know, or
# whose argument is missing, is left out silently; one with a bad value
# is named (without the usage) and left out; -C, -f, -o, -W and --help
# are never read from it.  The same for the flags a makefile adds.
# dmake stopped with the usage, or took -f and -C from there.
all:
	@MAKEFLAGS='s --bogus -Z -j2x --eval= -fnope.mk -C/ -o x -Wx --help -I' $(MAKE) -f sub.mk; echo "status $$?"
	@$(MAKE) -s -f sub2.mk; echo "status $$?"
