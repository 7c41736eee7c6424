#? args: -k
# A missing include whose prerequisite fails to be made: GNU make says
# the include's "No such file or directory" before the error, then
# "Failed to remake makefile" under -k (and no "Target 'y.d' not remade
# because of errors": that line is for goals, not makefiles); the goals
# are still made, status 2.
include y.d
all: ; @echo all
y.d: a ; @echo 'Y = 1' > $@
a: ; @exit 1
