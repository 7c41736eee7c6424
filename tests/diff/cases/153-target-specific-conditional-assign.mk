# Target-specific '?=' does not override a global definition.
G = global
all: G ?= target
all: N ?= new
all:
	@echo $(G) $(N)
