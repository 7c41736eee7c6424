#? args: -k --no-print-directory
#? setup: printf 'override MAKEFLAGS = -s\nall:\n\t@echo "[$(MAKEFLAGS)] env=[$$MAKEFLAGS]"\n\techo silent\n' > override.mk
# "unexport MAKEFLAGS" keeps the flags from recipes and sub-makes (the
# sub-make's MAKEFLAGS is its own: "w", with the directory lines), and
# "override MAKEFLAGS = -s" is not replaced by the flags make puts
# together (-s acts, -k too, but MAKEFLAGS shows only "-s").  dmake
# exported MAKEFLAGS all the same and put [ks] over the override.
ifdef SUB
sub:
	@echo "sub=[$(MAKEFLAGS)] env=[$$MAKEFLAGS]"
else
unexport MAKEFLAGS
all:
	@echo "env=[$$MAKEFLAGS]"
	@$(MAKE) -f Makefile SUB=1
	@$(MAKE) -f override.mk
endif
