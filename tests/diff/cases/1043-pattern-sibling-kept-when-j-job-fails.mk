# Under -j2 a job fails while others go on.  parse.tab.h's implicit
# search (main.o needs it) makes its sibling parse.tab.c known to GNU
# make as a target, so parse.tab.o's search takes parse.tab.c as a file
# that ought to exist: not intermediate, it is never removed, also when
# make stops for main.o's error.  dmake took it for an intermediate
# file and said "rm parse.tab.c" at the end.  (The group's recipe takes
# a while, so parse.tab.o's walk finds parse.tab.c still missing.)
#? args: -r -j2
#? setup: touch main.c parse.y
app: main.o parse.tab.o
	@echo link
%.tab.c %.tab.h: %.y
	sleep 0.2; touch $*.tab.c $*.tab.h
main.o: parse.tab.h
	@sleep 0.3; echo failing; false
%.o: %.c
	@touch $@
