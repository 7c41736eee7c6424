# A makefile that is a double-colon target without prerequisites would
# be remade every time: make does not try (no endless restarts).
include dc.mk
dc.mk::
	@echo remaking dc.mk
	@printf 'Y = dc\n' > $@
all:
	@echo Y=$(Y)
.DEFAULT_GOAL = all
