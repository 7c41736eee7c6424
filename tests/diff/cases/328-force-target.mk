#? setup: touch -d '2020-01-01 00:00' out
# A rule with no recipe and no prerequisites (FORCE) whose file does not
# exist is always considered updated.
out: FORCE
	@echo forced
FORCE:
