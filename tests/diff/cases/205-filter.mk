# $(filter) keeps words matching any of the patterns.
$(info [$(filter %.c %.s,foo.c bar.c baz.s ugh.h)])
$(info [$(filter foo,foo foobar foo)])
$(info [$(filter %,a b)] [$(filter ,a b)] [$(filter a,)])
all: ;
