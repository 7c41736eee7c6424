#? args: --trace CC=echo
#? setup: touch foo.c
# --trace: FILE:LINE (or <builtin>) and why each recipe runs, from $?;
# every command echoed, '@' ones too.
all: foo.o bar out
	@echo all $?
foo.o: foo.c
bar: foo.c foo.c
	-@echo bar
out: | bar
	echo out > $@
