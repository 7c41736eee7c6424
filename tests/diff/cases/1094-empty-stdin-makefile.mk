# An empty makefile from standard input (-f - with nothing there) is a
# makefile read: GNU make says "No targets", not "No targets specified
# and no makefile found" as dmake did.
#? args: -f -
all: ; @echo all
