#? setup: mkdir inc; echo 'A := a' > inc/a.mk; echo 'B := b' > inc/b.mk
# An include's "./" goes before its pattern is globbed: "./inc/*.mk"
# reads inc/a.mk and inc/b.mk, so named in MAKEFILE_LIST, and
# $(lastword $(MAKEFILE_LIST)) in b.mk is inc/b.mk.  dmake globbed
# "./inc/*.mk" as it was: "./inc/a.mk ./inc/b.mk".
include ./inc/*.mk
all: ; @echo '$(A)$(B) [$(MAKEFILE_LIST)]'
