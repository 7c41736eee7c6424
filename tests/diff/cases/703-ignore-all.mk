# .IGNORE with no prerequisites ignores errors everywhere.
.IGNORE:
all:
	false
	@echo after
