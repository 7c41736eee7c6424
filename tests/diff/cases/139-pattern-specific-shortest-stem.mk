#? args: -r
# When several pattern-specific values match, the more specific pattern
# (shorter stem) is applied last and wins.  A '%' never matches an empty
# stem, so foo.o does not match foo%.o.
%.o: V = general
foo%.o: V = specific
all: foo.o foobar.o bar.o
foo.o foobar.o bar.o:
	@echo $@ $(V)
