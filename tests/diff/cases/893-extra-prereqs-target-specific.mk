#? setup: touch gen.sh
# A target-specific .EXTRA_PREREQS replaces the global one for that
# target; the global value is expanded when the makefiles have been read
# (GLOBAL is set after it).
.EXTRA_PREREQS = $(GLOBAL)
all: a b
	@echo all [$^]
a: .EXTRA_PREREQS = gen.sh
GLOBAL = g1
a: ; @echo a [$^]
b: ; @echo b [$^]
g1: ; @echo made g1
