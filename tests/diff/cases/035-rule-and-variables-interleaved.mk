# Variables in rule lines are expanded when the rule is read.
T = first
$(T): ; @echo target $@
T = second
$(T): ; @echo target $@
all: first second
.DEFAULT_GOAL = all
