# With .ONESHELL a '-' on the first line ignores the failure of the whole
# script; '@' there silences the echo of all of it.
.ONESHELL:
all: one two
one:
	-@echo one start
	false
	echo one end
	exit 3
two:
	@echo two runs
