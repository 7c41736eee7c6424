# .DEFAULT_GOAL set with '=' is expanded when the goal is chosen (after
# the whole makefile is read); one set with ':=' is the name as it is.
X = b c
.DEFAULT_GOAL = $(word 2,$(X))
a b c d: ; @echo 'made $@'
X = c d
