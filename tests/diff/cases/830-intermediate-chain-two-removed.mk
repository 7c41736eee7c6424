#? args: -r
#? setup: echo data > x.a
# A chain with two intermediate files: both are made in order and removed
# together at the end with one 'rm' line.
%.b: %.a
	cp $< $@
%.c: %.b
	cp $< $@
%.d: %.c
	cp $< $@
all: x.d
