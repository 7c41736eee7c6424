# A recipe's environment always has MAKELEVEL one more than this make's
# level, whatever a makefile or target sets MAKELEVEL to and even after
# "unexport MAKELEVEL".  dmake left it out (the variable was no longer
# the environment's) or passed the makefile's value.
unexport MAKELEVEL
MAKELEVEL = 5
all: t
	@echo "env=[$$MAKELEVEL] var=$(MAKELEVEL)"
	@$(MAKE) -s -f Makefile t
t: MAKELEVEL = 7
t:
	@echo "t: env=[$$MAKELEVEL] var=$(MAKELEVEL)"
