# $(or) returns the first non-empty argument, $(and) the last or nothing.
$(info [$(or ,,b,c)] [$(or ,)] [$(and a,b,c)] [$(and a,,c)] [$(and ,$(info not-evaluated))])
all: ;
