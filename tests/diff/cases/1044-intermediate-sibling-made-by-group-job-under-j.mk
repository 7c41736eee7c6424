# Under -j2, gen.h's recipe (a pattern rule's, which makes gen.c too)
# runs while the walk reaches gen.o.  gen.c, .INTERMEDIATE, is being
# made by that job: GNU make has gen.o wait for it and look again after
# it, so gen.o is remade from the new gen.c; and gen.c counts as made
# by this run, so it is removed at the end.  use.x, which waited for
# gen.h first, starts before gen.o.  dmake took gen.c as it found it
# while the job ran: gen.o was up to date, or gen.c was kept, as the
# timing went.
#? args: -r -j2
#? setup: touch -d '2020-01-01 00:00' gen.in
#? setup: touch -d '2020-01-02 00:00' gen.o use.x app
app: use.x gen.o
	touch $@
use.x: gen.h
	touch $@
%.o: %.c
	touch $@
%.c %.h: %.in
	sleep 0.2; touch $*.c $*.h
.INTERMEDIATE: gen.c
