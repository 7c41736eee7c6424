#? setup: touch -d '2020-01-01 00:03' c.c; touch -d '2020-01-01 00:05' c.y
#? args: -t
# '.SECONDARY:' marks the files the makefiles named, not c.c, which only
# the implicit rule search for c.o brings: c.c is no intermediate, so
# the walk from prog (which does not exist) brings it up to date at once
# ("touch c.c" under -t), before g.o's error; dmake must not take c.c
# as intermediate (it would not touch it).
all: prog
prog: c.o g.o ; @echo prog
%.c: %.y ; @echo c
.SECONDARY:
