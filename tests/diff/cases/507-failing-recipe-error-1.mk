# A failing recipe: '[FILE:LINE: target] Error 1' and exit status 2.
all: sub
	@echo not reached
sub:
	false
