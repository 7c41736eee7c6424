# A target with a prerequisite left for the second expansion does not
# take the global .EXTRA_PREREQS in GNU make 4.3: expanding it gave the
# file a variable set of its own, and a target with one takes its own
# .EXTRA_PREREQS only (here none).  For a '::' target, any rule's
# second-expansion prerequisite does it (its set is the first rule's).
# So lib.a stays up to date though x.h is newer.  dmake added x.h to
# lib.a and d, and remade lib.a.
#? args: lib.a d
#? setup: touch -d '2020-01-01' e.o a.o; touch -d '2020-01-02' lib.a d; touch -d '2020-01-03' x.h
.EXTRA_PREREQS := x.h
lib.a: e.o
	@echo "[$@] [$^]"
.SECONDEXPANSION:
lib.a: $$(filter a.o,a.o)
d:: ; @echo one
d:: $$(filter a.o,$$(V)) ; @echo two
e.o a.o: V = 1
x.h: ; @echo make $@
