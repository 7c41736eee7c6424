#? args: --eval='$(warning one)' --eval=$'t:\n\t@exit 2' t
# --eval's text has no makefile and no line: GNU make's messages from it
# name none, and a recipe defined there fails as a built-in rule's does
# ("[<builtin>: t] Error 2").
all: ; @echo never
