# Under -j2 a command that names no program cannot start.  GNU make
# says so at once, but keeps the job as a child that never started: it
# holds no job slot, and its "Error 127" comes when make next reaps its
# children.  Before that, c's "No rule to make target" stops make, which
# waits only for children that hold a slot: the Error 127 line is never
# said.  dmake ended the job at once and stopped on its error instead.
#? args: -j2
all: a c
a:
	no-such-program-dmake x
c: d
