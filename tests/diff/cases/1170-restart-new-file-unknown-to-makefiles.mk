# -W a.c makes a.c a known file, so the implicit rule %.d: %.c makes the
# -include'd a.d, and make starts again.  After a restart GNU make
# enters -W's files only once the makefiles are updated: a.c, which does
# not exist, is then nothing to the search for a.d's rule, and a.d is
# left as it is.  dmake knew a.c then too, remade it with .DEFAULT and
# a.d after it, and restarted until it gave up.
#? args: -W a.c
all: ; @echo all $(V)
-include a.d
%.d: %.c ; @echo "V = 1" > $@
.DEFAULT: ; @echo default $@
