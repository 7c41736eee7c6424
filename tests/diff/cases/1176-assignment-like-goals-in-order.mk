# A command-line word with '=' that is no assignment ("override A=o",
# "A B=o": a blank before the '=' in the name) is a goal, made in the
# place it was given among the others: under -k, p1.o comes between
# the two complaints (all on stderr), and A=cmd is still a variable.
#? args: -k all 'A B=o' p1.o A=cmd 'override A=o' './x y=' all
all: ; @echo "all [$(A)] [$(origin A)]"
p1.o: ; @echo p1.o [$(MAKEOVERRIDES)] >&2
