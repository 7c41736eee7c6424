#? args: -n
# Under -n, lines starting with '+' run; the others are only printed.
all:
	echo printed only
	+echo runs under -n
	@echo printed though silent
