# A target named twice in one grouped '::' rule: GNU make's second entry
# for it is made by the first one's run of the recipe, so the recipe
# runs once for h (and h's other '::' rule after it).  A plain "h h::"
# still runs its recipe twice.  dmake ran the grouped recipe twice too.
all: h k
g h h&:: ; @echo Z $@
h:: ; @echo W
k k:: ; @echo K
