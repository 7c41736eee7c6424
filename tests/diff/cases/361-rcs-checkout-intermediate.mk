#? args: CO=cp
#? setup: mkdir RCS; printf 'source\n' > RCS/prog.c,v
# A file checked out of RCS on the way to a target is an intermediate
# file: made, used, then removed.
%.o: %.c
	@cat $< > $@
all: prog.o
