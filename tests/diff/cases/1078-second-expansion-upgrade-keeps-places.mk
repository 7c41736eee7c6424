# An order-only prerequisite that a second expansion turns normal (see
# 1075) moves from the order-only ones to the normal ones where it
# stands, and the rule lines still to expand put their names where
# they stood all the same, as in GNU make's one list.  (dmake, before
# it kept GNU make's order, walked the normal ones first and left $+
# as written.)
.SECONDEXPANSION:
all: t1 t2 t3
t1: $$(A)
	@echo "$@ ^=[$^] |=[$|] +=[$+] <=[$<]"
t1: | c
t1: c
t1: $$(B)
t1: | $$(D)
t2: | $$(C)
	@echo "$@ ^=[$^] |=[$|] +=[$+] <=[$<]"
t2: c
t2: $$(B) | e
t2: $$(A) | $$(C)
t3: | c d
t3: x | y
t3: d c $$(A) | $$(Y)
t3: | c
t3: $$(B) | y
	@echo "$@ ^=[$^] |=[$|] +=[$+] <=[$<]"
A = a
B = b
C = c
D = d
Y = y
a b c d e x y:
	@echo $@
