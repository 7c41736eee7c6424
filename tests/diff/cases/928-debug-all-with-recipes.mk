#? args: -r -d
#? setup: touch main.c util.c
# -d is every level: the basic and verbose lines, the implicit search for
# each object, and the job lines around each command of a two-line
# pattern recipe and of the link, in the order GNU make says them.  (The
# commands write to files: what they wrote to stdout would race with
# make's lines.)
all: prog
	@echo done > $@
prog: main.o util.o
	@echo link > $@
%.o: %.c
	@echo cc $< > $@
	@echo compiled $@ >> $@
