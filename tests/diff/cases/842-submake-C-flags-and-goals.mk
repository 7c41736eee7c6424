#? args: -k V=top
#? setup: mkdir sub; printf 'show:\n\t@echo "MAKEFLAGS=[$(MAKEFLAGS)] MFLAGS=[$(MFLAGS)]"\n\t@echo "LEVEL=$(MAKELEVEL) GOALS=[$(MAKECMDGOALS)] V=$(V) $(origin V)"\n' > sub/Makefile
# A sub-make run with -C sees the parent's flags and command-line
# variables in MAKEFLAGS and MFLAGS, plus the 'w' it implies itself (it
# prints directories), its own level and its own goals.
all:
	@$(MAKE) -C sub show
