# GNU make keeps a target's normal and order-only prerequisites in one
# list, in the order the rule lines give them (a line with a recipe
# puts its prerequisites first, a line without one appends them), and
# makes them in that order.  dmake made every normal prerequisite
# before any order-only one ("t1: | oo" then "t1: nn" made nn first).
all: t1 t2 t3 t4
t1: | oo
t1: nn
t2: a2 | b2
t2: c2 | d2
t2: e2
t3: a3 | b3
t3: c3 | d3
	@echo "$@ ^=[$^] |=[$|]"
t4: | o4 p4
t4: n4
t4: | q4
t4: m4
oo nn a2 b2 c2 d2 e2 a3 b3 c3 d3 o4 p4 q4 n4 m4 t1 t2 t4:
	@echo $@
