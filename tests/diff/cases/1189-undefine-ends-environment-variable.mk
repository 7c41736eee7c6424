# A variable made from make's environment is passed to recipes as such
# only while it lives: after "undefine PV" a new PV from the makefile is
# not exported, and neither is a target's or a pattern's variable of an
# undefined name (HOME), and the environment's HOME is not passed
# either; an untouched FROMENV still is.
#? env: PV=envpv FROMENV=e
undefine HOME
undefine PV
PV = file
q: PV = target
p%: HOME ?= pattern
all: q p1.o
q p1.o: ; @env | grep -E '^(HOME|PV|FROMENV)=' | sort; echo "$@ [$(PV)] [$(HOME)]"
