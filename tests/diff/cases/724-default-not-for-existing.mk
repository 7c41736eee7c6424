#? setup: touch exists
# .DEFAULT is used for a prerequisite with no rule that does not exist; an
# existing file is used as it is.
.DEFAULT:
	@echo default for $@
all: exists missing
	@echo all
