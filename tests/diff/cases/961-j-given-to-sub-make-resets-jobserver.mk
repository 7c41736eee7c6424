#? args: -j3
#? setup: printf 'MAKEFLAGS += -j\nall: a b\na: ; @i=0; until [ -f b.done ] || [ $$i -ge 200 ]; do sleep 0.05; i=$$((i+1)); done; echo a $(MAKEFLAGS)\nb: ; @echo b; touch b.done\n' > sub.mk
# A sub-make given the jobserver and a -j4 of its own: GNU make warns
# "-j4 forced in submake: resetting jobserver mode." and starts its own
# jobserver of 4 slots (its descriptors, in MAKEFLAGS, are new ones); the
# command line's -j4 wins over its makefile's -j.  Then -j1: the same
# warning, and no jobserver at all.  dmake used the parent's pipe.
all:
	@$(MAKE) -s --no-print-directory -f sub.mk -j4
	@rm b.done; $(MAKE) -s --no-print-directory -f sub.mk -j1 b a
