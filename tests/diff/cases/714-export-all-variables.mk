# .EXPORT_ALL_VARIABLES exports every variable.
.EXPORT_ALL_VARIABLES:
FOO = foo
BAR := bar
all:
	@echo "$$FOO $$BAR"
