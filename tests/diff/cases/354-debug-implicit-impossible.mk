#? args: -r -k --debug=i
# A name that failed as an intermediate file is impossible from then
# on: the second search rejects the rule that needs it at once.
all: a.o a.s
%.o: %.c
	@echo cc $< > $@
%.s: %.c
	@echo as > $@
%.c: %.w
	@echo w > $@
