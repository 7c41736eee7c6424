#? args: -r --debug=b all
#? setup: touch x.c
# --debug=b after a failure: without -k GNU make stops at once, so the
# "Failed to remake target file" line that -k would print never comes.
# Here there is no rule for y.o (no y.c); 909 has a failing recipe.
all: y.o x.o
	@echo never
%.o: %.c
	@cp $< $@
