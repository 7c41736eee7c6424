#? args: -t
#? setup: touch -d '2021-01-01 00:00' in; touch -d '2020-01-01 00:00' out
# -t prints 'touch FILE' for an out-of-date existing target.
out: in
	@echo not run
