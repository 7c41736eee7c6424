#? setup: touch a.src
# After '.SUFFIXES:' clears the built-in list, '.SUFFIXES: .src .gen'
# makes a new one: a suffix rule between them works, $* strips them (and
# no longer .c) in explicit rules and .DEFAULT, and a later line appends.
.SUFFIXES:
.SUFFIXES: .src .gen
.src.gen:
	@echo $@ from $< stem=[$*]
all: a.gen x.c y.src z.out w.o
x.c y.src:
	@echo $@ stem=[$*]
.DEFAULT:
	@echo default $@ stem=[$*]
.SUFFIXES: .out
