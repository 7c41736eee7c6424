#? args: -r
#? setup: echo a > x.a
# .PRECIOUS keeps an intermediate file.
.PRECIOUS: %.b
%.b: %.a
	cp $< $@
%.c: %.b
	cp $< $@
all: x.c
