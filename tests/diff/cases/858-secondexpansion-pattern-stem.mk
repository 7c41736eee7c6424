#? args: -r
#? setup: mkdir -p lib; touch lib/a.dep lib/b.dep
# .SECONDEXPANSION in a pattern rule: $$* is the stem and $$(@D) the
# directory of the target, and a variable set later is seen.
.SECONDEXPANSION:
%.out: $$(@D)/lib/$$(*F).dep $$(EXTRA)
	@echo $@ ^=[$^]
all: a.out ./b.out
EXTRA = late
late: ; @:
