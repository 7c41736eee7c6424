#? setup: touch x.c
# .EXTRA_PREREQS of a target come after all its prerequisites, the
# order-only ones too, as GNU make makes them; dmake made them before
# the order-only ones.
all: t x.o
t: a | b
t: .EXTRA_PREREQS = e
t: c
	@echo "$@ ^=[$^] |=[$|]"
x.o: .EXTRA_PREREQS = f
%.o: %.c | d
	@echo "$@ ^=[$^] |=[$|]"
x.o: | o1
x.o: h2
a b c d e f h2 o1:
	@echo $@
