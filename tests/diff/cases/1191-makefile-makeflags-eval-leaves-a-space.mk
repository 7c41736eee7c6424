# An --eval in the makefile's MAKEFLAGS is not run; GNU make 4.3 is
# then left with an empty list of them, which MAKEFLAGS shows as a space
# after the flags (and before the command line's variables).
#? args: -k X=2
MAKEFLAGS += --eval=C=ev
all: ; @echo "[$(MAKEFLAGS)] [$(C)]"
