# What failed silently for an optional makefile is reported when a goal
# needs it, in GNU make's words for it: "No rule to make target 'dep',
# needed by 'all'" (though dep has a rule, whose recipe failed).
-include x.d
all: dep ; @echo never
x.d: dep ; @echo 'X = 1' > $@
dep: ; @exit 1
