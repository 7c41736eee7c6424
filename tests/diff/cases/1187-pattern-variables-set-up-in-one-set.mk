# GNU make sets up a target's pattern-specific variables in one set,
# from the least specific pattern on, as plain assignments: "%.o: A +=
# $(A) x" after "%: A := s" appends to that simple value at once (no
# self-reference), while the same '+=' with no pattern before it adds
# to the outer value when used (B).  And a recipe's environment
# composes an exported '+=' from the innermost variable of the name:
# p1's "export C += $(SELF) x" is never expanded for p1.o, whose own
# pattern C comes first (p1 runs no recipe, and so needs no
# environment).
SELF = $(SELF)
all: p1
p1: p1.o
%: A := s
%.o: A += $(A) x
B = outer
%.o: B += $(A)
p1: export C += $(SELF) x
p%: override C = $@
export A B
p1.o: ; @echo "p1.o [$(A)] [$(B)] [$$A] [$$B] [$$C]"
p1: ;
