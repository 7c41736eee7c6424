# A grouped rule needs a recipe; the error comes when the rule is
# complete (the next rule line), before what the makefile does later.
all: a
a b &: c
c: ; @echo c
$(info not reached)
