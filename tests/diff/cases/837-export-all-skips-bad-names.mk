# .EXPORT_ALL_VARIABLES exports only variables whose names are valid shell
# names; 'unexport' still takes a variable back out.
.EXPORT_ALL_VARIABLES:
GOOD = good
bad-name = bad
HIDDEN = hidden
unexport HIDDEN
all:
	@echo "GOOD=$$GOOD HIDDEN=$${HIDDEN-unset}"
	@env | grep -c '^bad-name=' || true
