# Two missing includes: one a pattern rule makes, one nothing makes.  The
# second is named first (last read, first remade), with its note and
# then "No rule to make target"; the first is never made.
include made.mk
include nope.h
%.mk:
	@echo making $@
	@echo 'X = made' > $@
all:
	@echo not reached
