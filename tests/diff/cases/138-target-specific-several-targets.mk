# A target-specific assignment may name several targets.
a b: V = ab
all: a b c
a b c:
	@echo $@ [$(V)]
