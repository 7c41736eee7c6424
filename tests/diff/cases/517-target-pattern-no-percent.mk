# A static pattern rule whose target pattern has no '%'.
all: a.o
a.o: foo.o: %.c
	@echo x
