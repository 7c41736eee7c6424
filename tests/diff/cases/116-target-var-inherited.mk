# Target-specific values are inherited by the prerequisites built for it.
V = global
all: V = from-all
all: child
	@echo all: $(V)
child: grandchild
	@echo child: $(V)
grandchild:
	@echo grandchild: $(V)
