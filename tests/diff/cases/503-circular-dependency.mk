# A circular dependency is dropped with a message; the rest is made.
all: a
a: b
	@echo a
b: a
	@echo b
