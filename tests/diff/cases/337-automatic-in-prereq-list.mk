# Without .SECONDEXPANSION automatic variables in prerequisites are empty.
all: x$@y
	@echo [$^]
xy: ; @:
