# A target may not have both ':' and '::' rules.
all: x
x:: ; @echo one
x: ; @echo two
