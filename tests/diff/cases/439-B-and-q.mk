#? args: -q -B
#? setup: touch -d '2019-01-01 00:00' in; touch -d '2020-01-01 00:00' out
# -q -B: everything is out of date.
out: in
	@echo no
