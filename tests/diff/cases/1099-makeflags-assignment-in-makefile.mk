# A variable assignment a makefile adds to MAKEFLAGS is defined as a
# command-line one once the makefiles are read (GNU make decodes its
# MAKEFLAGS again), over the makefile's own FOO and the real command
# line's, and reaches sub-makes through the environment; MAKEFLAGS
# itself keeps only what the command line gave.  dmake ignored it.
#? setup: printf 'all:;@echo "sub [$(FOO)] [$$MAKEFLAGS]"\n' > sub.mk
#? args: -s FOO=cmd BAR=b
MAKEFLAGS += FOO=mf
FOO = file
$(info reading [$(FOO)])
all:
	@echo "[$(FOO)] [$(origin FOO)] [$(MAKEFLAGS)] [$$MAKEFLAGS]"
	@$(MAKE) -f sub.mk
