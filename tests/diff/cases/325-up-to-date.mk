#? setup: touch -d '2019-01-01 00:00' src; touch -d '2020-01-01 00:00' out
# A target newer than its prerequisites is not remade.
out: src
	cp src out
