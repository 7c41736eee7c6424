#? args: -r
#? setup: touch b.c
# With -r the built-in suffixes are gone: .c.o is a plain target, not a
# suffix rule, and $* of foo.o is empty; '.SUFFIXES: .c .o' brings both
# back, so the same rule then converts and $* strips .o.
.c.o:
	@echo $@ from $< stem=[$*]
all: foo.o b.o
foo.o:
	@echo $@ stem=[$*]
.SUFFIXES: .c .o
