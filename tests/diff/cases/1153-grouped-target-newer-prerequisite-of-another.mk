# The grouped targets c.c and d.c exist and are newer than c.y, but e.h,
# a prerequisite of c.c only, is newer than both.  all needs d.c: GNU
# make compares every group target's prerequisites with d.c's time, so
# e.h makes the group's recipe run.  dmake found d.c up to date.
#? args: -r
#? setup: touch -d '2020-01-01 00:00' c.y; touch -d '2020-01-01 00:01' c.c d.c; touch -d '2020-01-01 00:02' e.h
all: d.c
c.c d.c &: c.y
	@echo group; touch c.c d.c
c.c: e.h
