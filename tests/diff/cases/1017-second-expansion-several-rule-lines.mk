# Under .SECONDEXPANSION each rule line of a target keeps its own text,
# expanded in its place among the others' prerequisites (the recipe
# line's first), each seeing in $^ what is known by then: GNU make says
# R[p q c], A[r p q c], B[r a p q c] and runs with [r a p q b c] and
# order-only [o5 o6 o1 o2 o3 o4].  dmake kept only the last line's text
# (a, b, o3 and o4 were lost) and reversed its order-only names.
.SECONDEXPANSION:
all: $$(info A[$$^]) a
all: p q | o1 o2
all: b $$(info B[$$^]) | o3 o4
all: c
all: $$(info R[$$^]) r | o5 o6
	@echo [$^] [$|]
a b c p q r o1 o2 o3 o4 o5 o6: ; @:
