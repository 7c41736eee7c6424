#? args: -k
# -k continues with other prerequisites after a failure.
all: bad good
	@echo not reached
bad:
	@echo bad fails
	@false
good:
	@echo good runs
