#? setup: echo 'A = old' > a.mk
# A makefile that is a phony target: GNU make runs its recipe while it
# remakes the makefiles but does not start again (a phony file has no
# time to compare), so the old a.mk's value stays; dmake restarted
# until it gave up.
include a.mk
all: ; @echo A=$(A) restarts=$(MAKE_RESTARTS)
.PHONY: a.mk
a.mk: ; @echo 'A = new' > $@; echo ran
