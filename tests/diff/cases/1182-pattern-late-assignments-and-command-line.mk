# With the command line setting the variable: a pattern's '!=' runs the
# command line's value as its command (GNU make put it in the line's
# place when it read it), and a pattern's '?=' still finds the global,
# so "unexport C" is undone when q's recipe starts.
#? args: C=c V='echo hi' q a.o
unexport C
%: C ?= b c
%.o: V != echo run >&2; echo pat
q: ; @echo "q [env C=$$C] [$(C)]"
a.o: ; @echo "a.o [$(V)]"
