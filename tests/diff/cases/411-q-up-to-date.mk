#? args: -q out
#? setup: touch -d '2019-01-01 00:00' in; touch -d '2020-01-01 00:00' out
# -q exits 0 when the goal is up to date.
out: in
	@echo should not run
