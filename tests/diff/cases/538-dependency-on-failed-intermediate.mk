#? args: -r
#? setup: touch p.a
# A failing intermediate step stops the chain.
%.b: %.a
	@echo step b; exit 1
%.c: %.b
	@echo step c
all: p.c
.DEFAULT_GOAL = all
