#? args: -r
#? setup: touch x.c
# The implicit search tries a pattern rule's order-only prerequisites
# too: x.d neither exists nor can be made, so '%.o: %.c | %.d' does not
# apply to x.o, and there is no rule to make x.o (not "no rule to make
# x.d").
%.o: %.c | %.d
	@echo build $@
all: x.o
