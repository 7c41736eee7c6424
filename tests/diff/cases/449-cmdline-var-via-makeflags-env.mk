#? env: MAKEFLAGS=V=from-makeflags
# Variable definitions in the MAKEFLAGS environment act like command-line ones.
V = file
all:
	@echo $(V) $(origin V)
