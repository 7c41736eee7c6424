#? args: -t
# -t touches targets instead of running recipes, but lines marked '+' are
# still run.
all: out
out:
	+@echo plus ran for $@
	@echo normal line
