# main.o needs parse.tab.h, which the pattern rule '%.tab.c %.tab.h: %.y'
# makes with parse.tab.c; parse.tab.c has a prerequisite of its own,
# extra.h.  The search for parse.tab.h puts parse.tab.c on its also_make
# list, and GNU make walks that target's prerequisites after
# parse.tab.h's own: extra.h is made before the rule's recipe runs.
# dmake never made it.
#? args: -r --debug=v
#? setup: touch parse.y
all: main.o
main.o: parse.tab.h
	@touch $@
%.tab.c %.tab.h: %.y
	@echo group; touch $*.tab.c $*.tab.h
parse.tab.c: extra.h
extra.h:
	@echo making extra.h; touch $@
