#? args: -o in
#? setup: touch -d '2021-01-01 00:00' in; touch -d '2020-01-01 00:00' out
# -o FILE treats FILE as old and does not remake it.
out: in
	@echo remake out
in:
	@echo remake in
