#? setup: mkdir sub; printf 'all: x\nx:\n\t@echo x; exit 5\n' > sub/Makefile
# -O target under -j, where stdout and stderr are one file: GNU make
# writes a failing job's "*** [...] Error 5" into the job's output, so
# it comes with that output, between the directory lines around it
# (dmake said it after "Leaving directory").
all:
	@$(MAKE) -C sub -Otarget -j2 2>&1 || echo sub-make failed
