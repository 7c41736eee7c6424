# A pattern rule with several targets: the implicit search for d/main.o
# makes its sibling r/main.o known to GNU make as a target (also_make),
# so when r/app's search reaches r/main.o later it is a file that ought
# to exist, not an intermediate one: missing, it is remade, and r/app
# after it, and it is kept.  dmake took it for an intermediate file
# still and found r/app up to date.  (The state is that after "make
# r/app; make d/app": r/main.o, intermediate then, was removed.)
#? args: -r --trace d/app r/app
#? setup: mkdir r d; touch -d '2020-01-01 00:00' main.c
#? setup: touch -d '2020-01-02 00:00' d/main.o r/app
#? setup: touch -d '2020-01-03 00:00' d/app
%/app: %/main.o
	touch $@
r/%.o d/%.o: %.c
	touch r/$*.o d/$*.o
