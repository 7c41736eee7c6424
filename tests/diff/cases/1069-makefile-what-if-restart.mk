# -W FILE makes FILE new for the makefiles' remaking before the first
# restart only: GNU make remakes inc.mk once, starts again and makes
# the goals (where src is still new, so $? names it).  dmake remade
# inc.mk on every restart and gave up after 100.  And a failed but
# ignored (-i) include's recipe still says the include is missing.
#? setup: touch -d 2020-01-01 src; touch all; echo X=old > inc.mk
#? args: -i -W src
include inc.mk opt.mk
all: src ; @echo all [$(X)] $? [$(MAKE_RESTARTS)]
inc.mk: src
	echo X=made > inc.mk
opt.mk: ; false
