#? setup: printf 'V = one\n' > inc.mk; touch -d '2002-01-01' inc.mk; touch -d '2001-01-01' src.txt
# An include that is up to date with its rule: not remade, no restart.
include inc.mk
inc.mk: src.txt
	@echo remaking inc.mk
	printf 'V = two\n' > $@
all:
	@echo V=$(V) restarts=[$(MAKE_RESTARTS)]
.DEFAULT_GOAL = all
