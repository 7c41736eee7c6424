#? args: -r
#? setup: touch -d '2020-01-01' a.c; touch -d '2021-01-01' a.w
# A prerequisite a terminal rule found is never searched for a rule of
# its own: a.c is older than a.w, but '%.c: %.w' is not used for it.
all: a.o
%.o:: %.c
	@echo cc $< > $@
%.c: %.w
	@echo w $< > $@
