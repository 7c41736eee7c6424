#? args: -k bad good
# -k with several goals: a failing goal does not stop the next.
bad:
	@false
good:
	@echo good
