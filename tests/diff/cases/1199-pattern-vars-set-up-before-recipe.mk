# Pattern-specific variables of a target set up first for the second
# expansion of its prerequisites (an implicit rule's: a.o, b.o; an
# explicit rule's: c.o), and of a parent set up that way: the recipes
# of the targets and of their prerequisites see the values, and the
# '!=' line runs once when read and once per target (4 lines in
# n.log).  dmake makes a target's pattern level without a set and puts
# the set there when the target's recipe is to run.
.SECONDEXPANSION:
all: a.o b.o c.o
	@echo $@ V=[$(V)]; wc -l < n.log
%.o: V = pat-$@
%.o: N != echo x >> n.log; echo run
%.o: $$(V).c
	@echo $@ V=$(V) N=$(N) deps=$^
c.o: $$(V).c
	@echo $@ V=$(V) N=$(N) deps=$^
pat-a.o.c pat-b.o.c pat-c.o.c: ; @echo $@ V=$(V) N=$(N)
