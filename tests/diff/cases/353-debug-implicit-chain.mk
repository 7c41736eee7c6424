#? args: -r --debug=i
#? setup: touch p.y
# --debug=i: the implicit search as GNU make tells it, "Looking for an
# implicit rule", each rule with its stem and prerequisites, the second
# pass with intermediate files ("Avoiding implicit rule recursion" one
# level in), the intermediate made and removed.
all: p.o
%.c: %.y
	@echo yacc $< > $@
%.o: %.c
	@echo cc $< > $@
