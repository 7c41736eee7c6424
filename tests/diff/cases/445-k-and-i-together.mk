#? args: -k -i
# -k with -i: errors are ignored, everything runs.
all: a b
a:
	false
b:
	@echo b
