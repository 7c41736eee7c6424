#? setup: touch -d '2021-01-01 00:00' out
# A target depending on a .PHONY target is always remade.
.PHONY: ph
out: ph
	@echo remade out
ph:
	@echo ph
