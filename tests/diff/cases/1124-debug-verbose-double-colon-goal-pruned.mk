#? args: --debug=v -k all b all
# --debug=v: a '::' goal is walked once more for each rule after its
# first, and found walked: GNU make says "Pruning file" that many times
# after its last rule (here 2, and 3 when the goal comes again); dmake
# said nothing.  Under -k a failed rule does not change that, and the
# goal named again is "up to date" (its first rule's status counts).
all:: ; @echo one
all:: ; @exit 1
all:: ; @echo three
b:: ; @echo b
