# A '|' inside a word starts the order-only prerequisites of pattern
# and static pattern rules too, before the stem goes in: "%.c|d" is
# %.c and order-only d, "%.c\|e" one name.  dmake read "%.c|d" as one
# prerequisite, so no rule matched x.o but the built-in one.
all: x.o y.q z.r
%.o: %.c|d
	@echo "$@ ^=[$^] |=[$|]"
y.q: %.q: %.c|e
	@echo "$@ ^=[$^] |=[$|]"
z.r: %.r: %.c\|e|%.h
	@echo "$@ ^=[$^] |=[$|]"
x.c y.c z.c d e z.h z.c|e:
	@:
