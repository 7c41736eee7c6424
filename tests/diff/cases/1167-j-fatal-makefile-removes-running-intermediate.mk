# Under -j, the update of the makefiles starts x.c's recipe (an
# intermediate file, for x.d) and goes on to inc.mk, which no rule
# makes: a fatal error.  GNU make waits for the job, then removes x.c
# ("rm x.c").  dmake waited, and left x.c behind.
#? args: -j2
#? setup: echo y > x.y
include inc.mk
-include x.d
all: ; @echo all
%.d: %.c ; @echo "X = 1" > $@
%.c: %.y ; @sleep 0.2; cp $< $@
