#? args: -k -f missing.mk
# -k and the only makefile named is missing: after "Failed to remake
# makefile", no makefile was read at all, and GNU make says so ("No
# targets specified and no makefile found"), not "No targets".
all: ; @echo never
