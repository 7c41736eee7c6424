# .DEFAULT_GOAL naming more than one target.
.DEFAULT_GOAL = a b
a b: ; @echo $@
