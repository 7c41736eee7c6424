#? setup: mkdir sub; touch b.c a.c c.h sub/x.c sub/y.c
# $(wildcard) lists existing files, sorted.
$(info [$(wildcard *.c)])
$(info [$(wildcard sub/*.c *.h)])
$(info [$(wildcard nope*)] [$(wildcard a.c)] [$(wildcard missing.c)])
$(info [$(wildcard */)])
all: ;
