#? args: -r --debug=i
#? setup: mkdir src sub; touch src/a.c sub/b.c
# --debug=i: a prerequisite found through vpath, and a target in a
# directory (the stem printed without it).
vpath %.c src
all: a.o sub/b.o
%.o: %.c
	@echo cc $< > $@
