# GNU make adds the global .EXTRA_PREREQS to the first of a '::'
# target's rules only (snap_deps visits the files in its hash table,
# where a '::' target is its first rule).  With d newer than x.h, the
# first rule is up to date and the second, with no prerequisites at
# all, runs.  dmake added x.h to both, so neither ran.
#? setup: touch -d '2020-01-01' x.h; touch -d '2020-01-02' d
.EXTRA_PREREQS := x.h
all: d
all: V = 1
d:: ; @echo one
d:: ; @echo two
x.h: ; @echo make $@
