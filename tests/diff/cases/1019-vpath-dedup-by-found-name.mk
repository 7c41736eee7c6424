# $^, $? and $| name each prerequisite once by the name it goes by
# after the VPATH search: a.c found as d1/a.c and d1/a.c are one, and
# b.h found as d1/b.h, also a normal prerequisite, leaves $|.  GNU make
# prints [d1/b.h d1/a.c] [d1/b.h d1/a.c d1/a.c] [d1/b.h d1/a.c] [], the
# same in a pattern rule and in --trace's "due to".  dmake told them
# apart by the name written: [d1/b.h d1/a.c d1/a.c] ... [d1/b.h].
#? setup: mkdir d1; touch d1/a.c d1/b.h
#? args: -r --trace all x.o
VPATH = d1
all: a.c d1/a.c | d1/a.c b.h
all: d1/b.h
	@echo "[$^] [$+] [$?] [$|]"
%.o: d1/a.c a.c | b.h d1/b.h
	@echo "$@ [$^] [$+] [$?] [$|]"
