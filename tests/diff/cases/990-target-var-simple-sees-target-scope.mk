# A target-specific ':=', '::=' or '!=' expands its value among that
# target's own variables: an earlier 'prog: CFLAGS += -g' or 'X = t' of
# the same target is seen, as GNU make does.  Pattern-specific ones
# expand among the globals.  dmake expanded them among the globals
# (-O0 -Wall, [] []).
#? args: -r
CFLAGS = -O0
X = g
prog: CFLAGS += -g
prog: CFLAGS := $(CFLAGS) -Wall
prog: X = tx
prog: Y != echo [$(X)]
prog: Z ::= [$(X)]
prog: W += [$(X)]
prog: V := $(V) v1
prog: V += v2
%.o: X = px
%.o: P := [$(X)]
X = g2
prog: a.o
	@echo '$(CFLAGS) | $(Y) $(Z) $(W) | $(V)'
a.o:
	@echo '$(P) $(X)'
