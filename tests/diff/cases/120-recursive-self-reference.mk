# A recursive variable that refers to itself is a fatal error on use.
X = $(X) more
all:
	@echo $(X)
