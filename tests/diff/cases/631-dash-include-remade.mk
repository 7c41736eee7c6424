# -include of a file make can create: it is made and read.
-include dep.mk
dep.mk:
	@printf 'DEP = made\n' > $@
all:
	@echo $(DEP)
.DEFAULT_GOAL = all
