# A static pattern rule whose first target is a plain name but a later
# one has a '%': GNU make says "mixed implicit and normal rules:
# deprecated syntax" for it, in turn with its "doesn't match the target
# pattern" warnings, and takes it as a plain name.  dmake said nothing
# for the pattern target.
#? args: -r
all: b.o ; @echo done
b.x b.o %.o: %.o: %.c
	@echo $@ from $<
%.c:
	@echo make $@
