#? args: -r
# A target that does not match the static target pattern is warned about.
all: a.o b.x
a.o b.x: %.o: %.c
	@echo $@ [$<]
a.c: ; @:
