#? setup: touch exists
# A prerequisite without a rule is fine if the file exists.
all: exists
	@echo have $<
