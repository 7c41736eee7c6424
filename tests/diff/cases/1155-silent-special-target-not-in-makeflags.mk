# '.SILENT:' with no prerequisites makes this make silent, but it is not
# the -s option: GNU make 4.3 keeps it out of MAKEFLAGS, so the sub-make
# sees no 's', echoes its commands and says "Entering directory" (which
# -s would turn off).  dmake put 's' in MAKEFLAGS.
#? setup: mkdir sub; printf 'all:\n\techo sub $(MAKELEVEL) $(filter-out --%%,$(MAKEFLAGS))\n' > sub/Makefile
all:
	$(MAKE) -C sub
	echo top
.SILENT:
