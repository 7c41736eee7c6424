# GNU make takes the makefiles' times without the VPATH search before
# it remakes them, and keeps them: src/x.mk and src/y.mk are never found
# for the includes x.mk and y.mk.  y.mk's rule runs (it does not make
# y.mk: nothing is read again), and x.mk, optional and made by no rule,
# is then missing for 'all': "No rule to make target 'x.mk', needed by
# 'all'", status 2.  dmake found both through vpath, read neither and
# ran no recipe.
#? setup: mkdir src; echo X=1 > src/x.mk; echo Y=1 > src/y.mk
vpath %.mk src
all: x.mk
	@echo "[$(X)$(Y)] [$^]"
-include x.mk
include y.mk
y.mk: ; @echo running the recipe of $@
