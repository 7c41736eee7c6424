# all needs d.c of the grouped rule 'c.c d.c &: c.y'; c.c has a
# prerequisite of its own, e.h, that a rule makes.  GNU make walks the
# prerequisites of every target of the group (its also_make list, the
# last target first, itself too) after d.c's own, so e.h is made before
# the group's recipe runs, and --debug=v shows c.y pruned twice.  dmake
# walked d.c's own prerequisites only and never made e.h.
#? args: -r --debug=v
#? setup: touch c.y
all: d.c
c.c d.c &: c.y
	@echo group; touch c.c d.c
c.c: e.h
e.h:
	@echo making e.h; touch e.h
