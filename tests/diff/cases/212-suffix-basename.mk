# $(suffix) and $(basename) look at the last '.' of the last component.
$(info [$(suffix src/foo.c src-1.0/bar.c hacks a.b/c .x a.b.c)])
$(info [$(basename src/foo.c src-1.0/bar hacks a.b/c .x a.b.c)])
all: ;
