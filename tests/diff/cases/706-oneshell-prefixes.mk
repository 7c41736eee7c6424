# With .ONESHELL only the first line's prefixes count for echoing; '@' and
# '-' at the start of later lines are removed.
.ONESHELL:
all:
	@echo first
	@echo second
	-echo third
