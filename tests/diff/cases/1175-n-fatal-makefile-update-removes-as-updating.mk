# Under -n the makefiles are still updated for real: c.c's recipe runs
# (and makes nothing) for the -include'd c.d, then inc.mk, which no rule
# makes, is fatal.  GNU make's die() removes intermediate files with the
# flags of that update, where -n is off: unlink() finds no c.c, and
# nothing is said.  dmake said "rm c.c" as -n would.
#? args: -n
#? setup: echo y > c.y
include inc.mk
-include c.d
all: ; @echo all
%.d: %.c ; @echo "X = 1" > $@
%.c: %.y ; -@exit 1
