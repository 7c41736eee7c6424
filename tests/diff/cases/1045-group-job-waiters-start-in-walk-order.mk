# Under -j2, one job makes parse.tab.h and parse.tab.c (a pattern rule
# with two targets); main.o waits for the first, parse.tab.o for the
# other.  When the job ends, GNU make starts them in the order of its
# walk from the goal: main.o, then parse.tab.o.  dmake started first
# what waited for the file the job was not run for.
#? args: -r -j2
#? setup: touch main.c parse.y
app: main.o parse.tab.o
	@sleep 0.2; echo link
%.tab.c %.tab.h: %.y
	touch $*.tab.c $*.tab.h
main.o: parse.tab.h
%.o: %.c
	touch $@
