# The first target's name holds a '$' (written "$$"): .DEFAULT_GOAL gets
# the name as a simple value, and the goal is that name, not the name
# expanded once more ("foo$bar", not "fooar").  A recursive .DEFAULT_GOAL
# set by the makefile is expanded.
foo$$bar: bar$$baz ; @echo 'made $@ from $^'
bar$$baz: ; @echo 'made $@'
X = two
$(info [$(value .DEFAULT_GOAL)])
