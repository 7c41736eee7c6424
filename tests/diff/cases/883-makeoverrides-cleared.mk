#? args: X=cmd Y=two\ words
# Command-line variables reach sub-makes through MAKEFLAGS's reference to
# MAKEOVERRIDES; a makefile that empties MAKEOVERRIDES keeps them from
# the sub-make (which then sees X from its own environment only if
# exported).  -*-command-variables-*- holds them, escaped.
ifeq ($(MAKELEVEL),0)
all:
	@echo 'top: [$(X)] [$(Y)] [$(value MAKEOVERRIDES)] [$(-*-command-variables-*-)]'
	@$(MAKE) --no-print-directory sub
	@$(MAKE) --no-print-directory MAKEOVERRIDES= sub
else
sub:
	@echo 'sub: [$(X)] [$(Y)] [$(origin X)] [$(MAKEFLAGS)]'
endif
