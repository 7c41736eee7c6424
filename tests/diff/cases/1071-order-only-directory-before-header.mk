#? setup: touch x.c
# The order-only build directory of a pattern rule is made before a
# header that an explicit line adds to the object file and whose
# recipe writes into that directory: the pattern rule's prerequisites
# (x.c | build) go first, the explicit line's after them, as in GNU
# make.  dmake made build/config.h first, and its recipe failed
# ("Directory nonexistent").
all: build/x.o
build/%.o: %.c | build
	@echo "cc $< -> $@"; touch $@
build/x.o: build/config.h
build/config.h:
	@echo '#define X 1' > $@ && echo "gen $@"
build:
	@mkdir -p $@ && echo "mkdir $@"
