#? args: -k
# -k still exits 2 after a failure.
all: a b
a:
	@exit 5
b:
	@exit 6
