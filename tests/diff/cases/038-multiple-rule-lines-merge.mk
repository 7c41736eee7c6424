# Several rule lines for one target add prerequisites; one has the recipe.
all: a
all: b
all: c ; @echo $^
a b c: ; @:
