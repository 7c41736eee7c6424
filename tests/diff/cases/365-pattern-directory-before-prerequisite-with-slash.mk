#? args: -r
#? setup: mkdir -p sub/gen gen; touch sub/gen/a.c gen/a.c
# The target pattern has no '/', so the target's directory is taken off
# before matching and put in front of every prerequisite, one written
# with a directory too: sub/a.o is made from sub/gen/a.c, not gen/a.c.
%.o: gen/%.c
	@echo $@ from $<
all: sub/a.o
