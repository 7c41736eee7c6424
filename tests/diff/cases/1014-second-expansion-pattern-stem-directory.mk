#? args: -r
# .SECONDEXPANSION with a target pattern without '/' and a target in a
# directory: GNU make writes a word's first '%' as $(*F) and puts the
# directory in front of every name that word expands to, and only
# those: "$$(addprefix x/,%.c y.c)" is d/x/a.c d/x/y.c for d/a.o, while
# $$*, the whole stem d/a, needs no directory.  dmake gave x/y.c.
.SECONDEXPANSION:
all: d/a.o
%.o: $$(addprefix x/,%.c y.c) $$*.h $$(info [$$*] [%] [$$(*F)])
	@echo $@ [$^] [$*]
d/x/a.c d/x/y.c x/y.c d/a.h: ; @:
