# An include that is missing here is not found through vpath, as the
# makefiles never are in GNU make: "Makefile:2: x.mk: No such file or
# directory", then "No rule to make target 'x.mk'.  Stop.", status 2.
# dmake said the first, found src/x.mk for the rule search, and went on
# to print "[]" with status 0.
#? setup: mkdir src; echo X=1 > src/x.mk
vpath %.mk src
include x.mk
all: ; @echo "[$(X)]"
