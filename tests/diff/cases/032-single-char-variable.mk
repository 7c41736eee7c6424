# $x is the same as $(x); ${x} the same as $(x).
x = one
xy = two
$(info $x $xy ${x} ${xy} $(xy))
all: ;
