# 'target: = value' is a target-specific assignment with an empty
# variable name, an error (not a prerequisite named '=').
all: ; @echo all
foo: = 1
