#? setup: touch -d '2019-01-01 00:00' a; touch -d '2021-01-01 00:00' b; touch -d '2020-01-01 00:00' out
# One newer prerequisite is enough to remake.
out: a b
	@echo remake because of $?
