# GNU make says "FILE: No such file or directory" of a missing include
# only when it comes to remake it (last read first), just before its
# "No rule": here only b.mk's, then Stop.  dmake said a.mk's too, first.
include a.mk b.mk
all: ; @echo ok
