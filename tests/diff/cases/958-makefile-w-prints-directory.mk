#? args: --no-print-directory -s
#? setup: printf 'x: ; @echo x $(MAKEFLAGS)\n' > sub.mk
# A makefile's MAKEFLAGS += -w: GNU make reads the flags again after
# the makefiles and says "Entering/Leaving directory", even though the
# command line said --no-print-directory and -s; MAKEFLAGS then has the
# w (the sub-make also gets --no-print-directory, and says nothing).
# dmake took no -w from a makefile.
MAKEFLAGS += -w
$(info reading: $(MAKEFLAGS))
all:
	@echo all $(MAKEFLAGS)
	@$(MAKE) -f sub.mk
