#? args: -o a -W a
#? setup: touch a b; sleep 0.01; touch z
# One file given to both -o and -W: GNU make does not remake it (-o)
# but takes it as infinitely new (-W, whose time it sets last), so z
# and w, which depend on it, are remade.  dmake let -o win: nothing ran.
all: z w
z: a b ; touch $@
w: z ; @echo w
a: ; @echo never remade
