# Under -j2 d.c, an intermediate file, is being made when make stops at
# f.o's "No rule to make target".  GNU make waits for the job, and as
# it made d.c, removes it at the end ("rm d.c").  dmake left d.c there:
# the job ended while the run was stopping, so nothing finished d.c's
# node and it did not count as made.
#? args: -r -j2
#? setup: touch d.z
all: d.o f.o
%.o: %.c
	touch $@
%.c: %.z
	sleep 0.3; touch $@
