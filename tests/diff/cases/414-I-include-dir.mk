#? args: -I incdir
#? setup: mkdir incdir; printf 'X = from incdir\n' > incdir/inc.mk
# -I adds a directory searched for include.
include inc.mk
all:
	@echo $(X)
