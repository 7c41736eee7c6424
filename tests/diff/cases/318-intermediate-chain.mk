#? args: -r
#? setup: echo data > x.a
# A chain of pattern rules; the intermediate file is deleted at the end.
%.b: %.a
	cp $< $@
%.c: %.b
	cp $< $@
all: x.c
