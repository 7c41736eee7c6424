#? args: -r
# .SECONDEXPANSION: $$* in an explicit rule's prerequisites is the target
# less a suffix of the final list (one added after the rule, with -r);
# empty for a name with no such suffix.
.SECONDEXPANSION:
all: foo.q bar.c
foo.q bar.c: $$*.h
	@echo $@ ^=[$^]
%.h: ; @:
.h: ; @:
.SUFFIXES: .q
