# A static pattern rule with two target patterns is an error.
all: a.x
a.x: %.x %.y: %.c
	@echo never
