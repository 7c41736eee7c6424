# GNU make counts a phony file as a target (snap_deps sets is_target for
# every prerequisite of .PHONY), so one without any rule takes the global
# .EXTRA_PREREQS as every target does: making 'p' makes x.h first.  'all'
# and 'q' have variables of their own, so they take only their own
# .EXTRA_PREREQS (none).  dmake gave the extras to files with rules only,
# and x.h was never made.
.EXTRA_PREREQS := x.h
all: p q | o
	@echo "all [$^] [$|]"
all q: V = 1
.PHONY: p q o
x.h: ; @echo make $@
