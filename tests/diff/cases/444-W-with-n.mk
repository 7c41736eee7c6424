#? args: -n -W src
#? setup: touch -d '2019-01-01 00:00' src; touch -d '2020-01-01 00:00' out
# -W with -n shows what would be remade.
out: src
	cp src out
