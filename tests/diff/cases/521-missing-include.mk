# include of a missing file with no rule to make it.
include nope.mk
all:
	@echo not reached
