# Under .SECONDEXPANSION a rule line's expanded prerequisites, normal
# and order-only, stand where the line put them among the others, and
# GNU make makes them in that order; dmake made all the normal ones
# first.
.SECONDEXPANSION:
all: t1 t2 x.o
t1: | $$(OO)
t1: $$(NN) | o2
t1: n3 | $$(O3)
	@echo "$@ ^=[$^] |=[$|] +=[$+]"
t2: | oo
t2: $$(NN) | o2
t2: n3 | $$(O3)
t2: n4 | o4
	@echo "$@ ^=[$^] |=[$|] +=[$+]"
%.o: $$*.c | d
	@echo "$@ ^=[$^] |=[$|] +=[$+]"
x.o: h1 | $$(O1)
x.o: h2
OO = oo
NN = nn
O3 = o3
O1 = o1
oo nn o2 n3 o3 n4 o4 x.c d h1 h2 o1:
	@echo $@
