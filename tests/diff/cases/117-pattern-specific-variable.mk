#? args: -r
# A pattern-specific value applies to targets the pattern matches.
V = global
%.x: V = pattern
all: a.x b.y
a.x b.y:
	@echo $@: $(V)
