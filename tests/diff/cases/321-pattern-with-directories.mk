#? args: -r
#? setup: mkdir -p src obj; touch src/a.c
# A pattern with a directory part.
obj/%.o: src/%.c
	@echo $< to $@ stem $*
all: obj/a.o
.DEFAULT_GOAL = all
