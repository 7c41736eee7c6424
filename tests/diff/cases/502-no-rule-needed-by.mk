# A missing prerequisite with no rule.
all: missing.h
	@echo not reached
