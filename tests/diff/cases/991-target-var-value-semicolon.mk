# A ';' in a target- or pattern-specific variable's value is part of
# the value, with all that follows it (a '#' after the ';' too, as GNU
# make 4.3 keeps it); a '#' before the ';' ends the line.  dmake cut
# the value at the ';' ([a] [c ] [e]).
#? args: -r
all: X = a;b
all: Y := c ; d
all: W = a;b # c
all: U = u#v;w
%.x: Z = e;f
a b: V = 1 ; x
all: q.x a b
	@echo '[$(X)][$(Y)][$(W)][$(U)]'
q.x:
	@echo '[$(Z)]'
a b: ; @echo '$@ [$(V)]'
