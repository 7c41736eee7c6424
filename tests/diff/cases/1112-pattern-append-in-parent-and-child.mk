# A pattern-specific += that matches both a target and its
# prerequisite: the prerequisite sees its own += after the one it
# inherits from the target, "a x x", as GNU make (which copies the
# pattern's variable for each target).  dmake met the same variable
# twice on the way and stopped: "Recursive variable 'F1' references
# itself".
#? args: -r
F1 = a
t%: F1 += x
all: t1.o
t1.o: t1.c
	@echo $@ [$(F1)]
t1.c:
	@echo $@ [$(F1)]
