#? args: -C sub
#? setup: mkdir sub; printf 'include gen.mk\nall:\n\t@echo top=$(MAKE_RESTARTS)\n\t@$(MAKE) -f two.mk\ngen.mk:\n\t@echo "G = 1" > $@\n' > sub/Makefile; printf 'x:\n\t@echo sub=[$(MAKE_RESTARTS)] env=[$$MAKE_RESTARTS]\n' > sub/two.mk
# Under -C, gen.mk is made and GNU make starts again: "Entering
# directory" was said before (MAKE_RESTARTS carries it), so the new run
# does not say it again, and says "Leaving" at its end.  MAKE_RESTARTS
# is 1 there, and a sub-make sees it neither as a variable nor in its
# environment.
all: ; @echo never
