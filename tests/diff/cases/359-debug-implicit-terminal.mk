#? args: -r -k --debug=i
#? setup: touch a.c b.w
# --debug=i with a terminal rule: no second pass for it, and its
# existing prerequisite is not searched.
all: a.o b.o
%.o:: %.c
	@echo cc $< > $@
%.c: %.w
	@echo w $< > $@
