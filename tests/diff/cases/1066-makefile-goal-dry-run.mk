# While makefiles are remade, -n, -t and -q are set aside (GNU make
# runs those recipes for real), but not for a makefile that is also a
# goal on the command line: its walk, and that of what it needs (gen),
# keeps -n.  So other.mk is made, gen.mk and inc.mk only printed, and
# the goals' walk then finds inc.mk "up to date".  dmake made gen and
# inc.mk for real under -n.
#? setup: touch src
#? args: -n inc.mk all
include inc.mk other.mk
all: ; @echo all [$(X)] [$(Y)]
inc.mk: gen
	echo X=made > inc.mk
gen: src
	echo gen > gen
other.mk: src
	echo Y=made > other.mk
