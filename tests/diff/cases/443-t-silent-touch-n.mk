#? args: -t -n
# -t with -n prints the touch commands and touches nothing.
all: a b
a b:
	@echo never
