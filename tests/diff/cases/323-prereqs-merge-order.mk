# Prerequisites from several rule lines: those of the rule with the recipe
# come first in $^.
all: a
all: b ; @echo $^
all: c
a b c: ; @:
