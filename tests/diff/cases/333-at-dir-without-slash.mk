# $(@D) is '.' for a target without a directory.
all:
	@echo '[$(@D)] [$(@F)] [$(<D)] [$(^D)]'
