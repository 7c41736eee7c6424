#? args: -r
# Second expansion in a static pattern rule: $$* is the stem.
.SECONDEXPANSION:
objs = a.o b.o
a_SRC = a1.c a2.c
b_SRC = b1.c
$(objs): %.o: $$($$*_SRC)
	@echo $@: $^
all: $(objs)
.DEFAULT_GOAL = all
%.c: ; @:
