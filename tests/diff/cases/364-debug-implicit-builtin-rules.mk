#? args: --debug=i
#? setup: touch p.y
# --debug=i with GNU make's built-in rules: every rule tried for each
# name, RCS and SCCS included, the suffix rules, the chain through the
# intermediate p.c.
all: p.o
%.c: %.y
	@echo yacc $< > $@
%.o: %.c
	@echo cc $< > $@
