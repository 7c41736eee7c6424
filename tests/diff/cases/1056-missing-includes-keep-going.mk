# Under -k each missing include's "No such file" comes right before its
# own "No rule" (b.mk's pair, then a.mk's); dmake said both "No such
# file" lines first.
#? args: -k
include a.mk b.mk
all: ; @echo ok
