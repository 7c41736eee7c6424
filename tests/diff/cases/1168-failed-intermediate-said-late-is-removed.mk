# The intermediate x.c fails (after writing half of itself) while the
# -include'd x.d is updated, unsaid.  The goal x.o needs it: GNU make
# says "No rule to make target 'x.c'" and stops, and its die() removes
# x.c, which was tried ("rm x.c").  dmake took x.c for one never started
# and left the half-written file.
#? setup: echo y > x.y
all: x.o
-include x.d
%.d: %.c ; @echo "X = 1" > $@
%.o: %.c ; @echo cc $@
%.c: %.y ; @echo half > $@; exit 1
