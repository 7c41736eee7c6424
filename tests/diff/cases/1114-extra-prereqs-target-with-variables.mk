# The global .EXTRA_PREREQS is added to every target, but GNU make 4.3
# skips a target that has target-specific variables of its own: it
# takes only a .EXTRA_PREREQS among them.  Here "all" has one (F) and
# no .EXTRA_PREREQS, so d1 is not made; "other" (not a goal) would get
# it.  dmake gave all d1 too, and made it.
.EXTRA_PREREQS := d1
all: F = x
all:
	@echo all [$^]
other:
	@echo other
d1:
	@echo make $@
