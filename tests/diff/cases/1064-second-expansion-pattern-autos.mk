# A pattern rule's second expansion sees $< $^ $+ $| of the target's
# explicit prerequisites (all its rule lines), as GNU make sets them:
# $^ and $| without duplicates, and their D/F forms.  dmake set only
# $@ and $*, so the others were empty.
.SECONDEXPANSION:
show = $(info sx <[$<] ^[$^] +[$+] |[$|] ?[$?] @[$@] *[$*] D[$(^D)] F[$(<F)])
all: a.o b.o d/c.o
a.o: x.h x.h y.h | z.h z.h
a.o: w.h
%.o: %.c $$(show)
	@echo "$@ from [$^]"
d/%.o: %.c $$(show)
	@echo "$@ from [$^]"
d/c.o: d/q.h
a.c b.c c.c x.h y.h z.h w.h d/q.h:
	@:
