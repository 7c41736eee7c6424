# The dependency-file idiom: "-include x.d" where x.d's rule needs a
# file that no longer exists and that no rule makes.  GNU make says
# nothing ("No rule to make target" is not said for what an optional
# makefile needs, nor for what a failed prerequisite of it needs) and
# goes on; a prerequisite whose recipe fails is silent too.
-include x.d y.d
all: ; @echo ok
x.d: gone.c ; @echo never
y.d: dep ; @echo never
dep: ; @exit 1
