#? args: -W in
#? setup: touch -d '2019-01-01 00:00' in; touch -d '2020-01-01 00:00' out
# -W FILE pretends FILE is new, so its dependants are remade.
out: in
	@echo remake out
