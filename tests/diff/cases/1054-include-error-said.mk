# An include that cannot be read for a reason other than "not there"
# gets that reason: "Makefile:7: loop: Too many levels of symbolic
# links", then "No rule to make target 'loop'", and no "stat:" line.
# dmake said "No such file or directory", then "stat: loop: ...".
#? setup: ln -s loop loop
-include loop
include loop
all: ; @echo ok
