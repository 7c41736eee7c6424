#? args: -r --debug=i
# --debug=i calls every prerequisite of a pattern rule whose text has a
# second expansion an "implicit" one, even h.h written as it is: GNU
# make "Trying implicit prerequisite 'h.h'."; dmake said "rule".
.SECONDEXPANSION:
all: a.o
%.o: h.h $$(X) %.c
	@echo $@ [$^]
h.h a.c: ; @:
