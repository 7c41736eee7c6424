# c.c is an .INTERMEDIATE prerequisite that no rule makes, and its name
# fits '.PRECIOUS: %.c'.  It is not precious: no rule with target
# pattern %.c made it.  Under -k -n GNU make's list of intermediate
# files to remove names it ("rm c.c"), as for any intermediate file it
# tried to make; dmake took it for precious and said nothing.
#? args: -k -n
all: c.o
%.o: %.c
	echo half > $@; exit 1
.PRECIOUS: %.c
.INTERMEDIATE: c.c
