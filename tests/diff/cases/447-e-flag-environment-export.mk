#? args: -e
#? env: PATHLIKE=/env
# With -e a file append to an environment variable is ignored.
PATHLIKE += /file
all:
	@echo $(PATHLIKE) "$$PATHLIKE"
