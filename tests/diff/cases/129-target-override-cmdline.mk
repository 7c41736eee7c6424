#? args: V=cmd
# 'override' in a target-specific assignment beats the command line.
all: override V = target
all: W = $(V)
all:
	@echo $(V) $(W)
