#? args: -B
#? setup: touch -d '2019-01-01 00:00' src; touch -d '2020-01-01 00:00' out
# -B remakes even up-to-date targets.
out: src
	@echo remade out
