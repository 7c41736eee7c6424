# When a pattern's '?=' finds a global as GNU make sets up a target's
# variables (here when a.x's recipe starts), that global takes the
# line's marks: it loses 'private' (PRIV shows from then on) and its
# 'export' (BAR, and the environment's FOO, are no longer passed),
# while an 'export' line exports it (EXP).  Recipes that ran before
# saw the globals as they were.
#? env: FOO=envfoo
export BAR = bar
private PRIV = priv
EXP = exp
%.x: FOO ?= x
%.x: BAR ?= x
%.x: PRIV ?= x
%.x: export EXP ?= x
all: first a.x last
first a.x last: ; @env | grep -E '^(FOO|BAR|EXP)=' | sort; echo "$@ [$(PRIV)] [$(BAR)]"
