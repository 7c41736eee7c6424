#? args: -t
# -t on a target in a directory that does not exist: GNU make's message
# names the call that failed ("touch: open: sub/a: ..."), status 2.
all: sub/a
sub/a: ; @echo x > $@
