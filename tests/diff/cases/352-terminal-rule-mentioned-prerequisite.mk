#? args: -r -k y.o z.o
# A terminal rule's prerequisite need not exist if the makefile names
# it: y.c is a target (made, then y.o), z.c only a prerequisite of q
# (the rule applies, and then there is no rule to make z.c).
%.o:: %.c
	@echo build $@ from $<
y.c:
	@echo make $@
q: z.c
