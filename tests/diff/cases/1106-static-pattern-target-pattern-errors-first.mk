# A static pattern rule whose first target is itself a pattern is an
# error ("mixed implicit and static pattern rules"), but GNU make checks
# the target pattern first, as it reads the line: here it has no '%'.
# dmake said "mixed implicit and static pattern rules".
%.o: foo.o: %.c
	@echo $@
