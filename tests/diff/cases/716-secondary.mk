#? args: -r
#? setup: echo a > x.a
# .SECONDARY keeps an intermediate file.
.SECONDARY: x.b
%.b: %.a
	cp $< $@
%.c: %.b
	cp $< $@
all: x.c
