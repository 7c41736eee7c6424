# Under -O (target or line), GNU make holds what a make says while it
# reads its makefiles and shows it between an "Entering directory" and
# a "Leaving directory" line of its own before any job; the jobs' output
# then gets its own lines (per job under -j).  dmake put the sub-make's
# parse-time $(info) and $(warning) inside the one pair of the run (and
# under -j outside any).
#? setup: mkdir sub
#? setup: printf '$(info parse)\n$(warning warn)\nall: ; @echo rule\nother: ; @echo other\n' > sub/Makefile
#? args: -O
all:
	@$(MAKE) -C sub all other
	@$(MAKE) -j2 -C sub all
