# .DEFAULT_GOAL can be emptied so the next rule becomes the default.
first:
	@echo first
.DEFAULT_GOAL :=
second:
	@echo second
