# GNU make's implicit-rule search adds the global .EXTRA_PREREQS to the
# prerequisites of the rule it found, after the rule's own (order-only
# ones too) and before the file's explicit ones, whether or not the file
# is a target or has variables of its own.  b.o has both (so no extras
# when the makefile was read); its implicit rule still makes it depend
# on x.h, newer than b.o, and b.o is remade.  dmake gave the implicit
# rule the extras only for a file that was no target.
#? setup: touch -d '2020-01-01' b.c y.h oo.h; touch -d '2020-01-02' b.o; touch -d '2020-01-03' x.h
.EXTRA_PREREQS := x.h
all: b.o
b.o: y.h
b.o: V = 1
%.o: %.c | oo.h
	@echo "[$@] [$^] [$|] [$?]"
