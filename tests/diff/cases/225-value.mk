# $(value) gives the unexpanded text of a variable.
FOO = $(BAR) and $$x
BAR = bar
S := $(BAR)
$(info [$(value FOO)] [$(value S)] [$(value NOPE)])
all: ;
