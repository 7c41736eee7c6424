#? args: -e
#? env: V=env
# -e: the environment overrides makefile assignments.
V = file
all:
	@echo $(V) $(origin V)
