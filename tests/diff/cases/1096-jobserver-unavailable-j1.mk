# A jobserver in MAKEFLAGS whose descriptors are not open: GNU make warns
# ("jobserver unavailable: using -j1") and from then on its MAKEFLAGS
# says -j1, in the makefile and to the recipes; dmake's kept -j2.  A bad
# --jobserver-auth string is GNU make's "internal error" (case below in
# tests/scenario/option-prefixes.sh).
#? env: MAKEFLAGS='-j2 --jobserver-auth=98,99'
$(info [$(MAKEFLAGS)])
all: ; @echo "[$$MAKEFLAGS] [$(MAKEFLAGS)]"
