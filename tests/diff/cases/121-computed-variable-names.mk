# Variable names can be computed: $($(a)_b), $($(x)$(y)).
a = foo
foo_b = found
x = fo
y = o_b
n = a
$(info $($(a)_b) $($(x)$(y)) $($($(n))_b))
all: ;
