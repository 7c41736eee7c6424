# Target-specific '+=' appends to the global (or inherited) value.
V = global
all: V += target
all: child
	@echo all: $(V)
child: V += child
child:
	@echo child: $(V)
