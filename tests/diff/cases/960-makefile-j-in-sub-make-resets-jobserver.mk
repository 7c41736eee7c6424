#? args: -j3
#? setup: printf 'MAKEFLAGS += -j2\nall: a b\na: ; @i=0; until [ -f b.done ] || [ $$i -ge 200 ]; do sleep 0.05; i=$$((i+1)); done; echo a $(MAKEFLAGS)\nb: ; @echo b; touch b.done\n' > sub.mk
# A sub-make given the jobserver whose makefile sets -j2: GNU make warns
# "-j2 forced in makefile: resetting jobserver mode.", leaves the
# parent's pipe and makes its own of 2 slots (a and b run at once).
# dmake kept the parent's jobserver, silently.
all: ; @$(MAKE) -s --no-print-directory -f sub.mk
