# Under -Otarget a recursive make's output is not synced by its parent,
# and neither is the parent's error for it: GNU make prints
# "*** [Makefile:N: all] Error 2" without "Entering directory" and
# "Leaving directory" lines around it; dmake put them around it.
#? setup: mkdir s2; printf 'all:;@echo in sub; false\n' > s2/Makefile
#? args: -j2 -Otarget -w
all:
	$(MAKE) -C s2
