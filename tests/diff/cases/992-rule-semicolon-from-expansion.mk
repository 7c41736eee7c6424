# A rule line without a ';' as written is expanded, then searched for
# one: 'all: $(SEMI) @echo ...' has a recipe, and a whole rule in a
# variable works, its text expanded once ($$^ is $^ in the recipe).  A
# target variable whose ';' came from an expansion stops there
# (V = 1).  The recipe found so is expanded once, as a prerequisite
# list is ($$(V) is $(V)).  A colon from an expansion makes a static
# pattern rule.
# dmake: No rule to make target ';', and V = 1;2.
#? args: -r
SEMI = ;
X = one: a ; @echo one [$$^] [$^]
Y = two: V = 1;2
C = %.o: %.c
all: one two b.o
	@echo all
$(X)
$(Y)
two: $(SEMI) @echo 'two [$$(V)]'
b.o: $(C) ; @echo $@ from $^
a b.c: ; @echo $@
