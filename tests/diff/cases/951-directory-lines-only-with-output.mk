#? args: -C sub quiet up -q
#? setup: mkdir sub; printf 'quiet:\n\t@:\nup:\n' > sub/Makefile; touch sub/quiet sub/up
# GNU make says "Entering directory" (and "Leaving directory") only when
# it has something to say: -C with -q over up-to-date targets prints
# nothing at all; dmake said both lines at start and end.
all: ; @echo never
