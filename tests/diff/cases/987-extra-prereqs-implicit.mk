#? setup: touch a.src; touch -d @1600000000 b.c b.o
# The global .EXTRA_PREREQS is given to every file an implicit rule
# makes, intermediate ones of a chain too (a.m as well as a.o: hdr is
# made before a.m), without showing in $^; so the makefile named there
# remakes b.o, older than it.  dmake gave it only to explicit targets.
.EXTRA_PREREQS := hdr Makefile
all: a.o b.o
	@echo all '[$^]'
%.o: %.m
	@echo o $@ '[$^]'
%.m: %.src
	@echo m $@ '[$^]'; touch $@
%.o: %.c
	@echo c $@ '[$^]'
hdr:
	@echo hdr
