# An undefined variable expands to nothing.
$(info [$(NOPE)] [$(NOPE:a=b)] [$(NOPE NOPE)])
all: ;
