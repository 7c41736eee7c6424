#? setup: touch clean
# A .PHONY target runs even though a file of that name exists.
.PHONY: clean
clean:
	@echo cleaning
