# A recipe line that is only a tab is an empty command.
all:
	@echo before
	
	@echo after
