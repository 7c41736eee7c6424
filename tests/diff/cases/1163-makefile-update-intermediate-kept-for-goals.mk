# An intermediate file made while the makefiles were updated (x.c, for
# the -include'd x.d) stays while the goals are made when no makefile
# was remade: GNU make removes intermediate files only before it starts
# again or when it exits.  So x.o's recipe finds x.c, and "rm x.c" comes
# at the end.  dmake removed x.c at the end of the makefiles' update.
#? setup: echo y > x.y
all: x.o
-include x.d
%.d: %.c ; @exit 1
%.c: %.y ; @echo make $@; cp $< $@
%.o: %.c ; @echo "cc $< ($$(cat $<))"
