# The default goal is the first target not starting with '.'; targets
# that start with '.' (without a '/') and pattern rules are skipped.
.hidden:
	@echo hidden
%.x: %.y
	@echo pattern
first: second
	@echo first
second:
	@echo second
