#? setup: touch x.c y.c
# Implicit and static pattern rules and order-only prerequisites: an
# implicit rule's prerequisites (normal, then order-only) go before the
# target's explicit ones; a static pattern rule line is a rule line
# like any other (first with a recipe, else appended).  GNU make makes
# them in that one order; dmake made the normal ones first.
all: x.o y.z p.q
%.o: %.c | d1
	@echo "$@ ^=[$^] |=[$|] +=[$+]"
x.o: h1 | o1
x.o: h2
y.z: %.z: %.c | d2
	@echo "$@ ^=[$^] |=[$|]"
y.z: | o2
y.z: h3
p.q: | o3
p.q: h4
p.q: %.q: %.r | d3
p.q:
	@echo "$@ ^=[$^] |=[$|]"
d1 d2 d3 h1 h2 h3 h4 o1 o2 o3 p.r:
	@echo $@
