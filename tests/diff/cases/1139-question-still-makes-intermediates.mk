#? setup: touch prog c.c
#? args: -q
# Under -q a prerequisite found out of date ends the walk of the others,
# but the target must be remade, so GNU make still walks its
# intermediate prerequisites: a.o's missing a.c is "No rule to make
# target", status 2.  dmake stopped at c.o, status 1.
prog: c.o a.o ; @echo prog
c.o: c.c ; @echo c.o
a.o: a.c ; @echo a.o
.INTERMEDIATE: a.o
