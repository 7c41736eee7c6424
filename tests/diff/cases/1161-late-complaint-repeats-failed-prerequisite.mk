# stamp and nothere.h fail unsaid while the makefiles are remade (x.d is
# an -include'd makefile).  The goals need both: prog complains of
# nothere.h, and stamp, owing its own diagnostic, complains of the
# prerequisite that failed again, under the parent it last had ("needed
# by 'prog'"), as GNU make's complain().  dmake said "No rule to make
# target 'stamp'", a target with a rule.
#? args: -k
all: prog stamp
prog: nothere.h ; @echo prog
stamp: nothere.h ; @echo stamp
-include x.d
x.d: stamp ; @echo x.d > $@
