# $(flavor) is undefined, recursive or simple.
R = 1
S := 1
$(info $(flavor R) $(flavor S) $(flavor NOPE) $(flavor CC) $(flavor MAKEFLAGS) $(flavor CURDIR))
all: ;
