# An empty SHELL is no shell to GNU make: it runs "-c" with the command,
# which does not exist (status 127), for $(shell) and for recipes.
# dmake quietly ran /bin/sh instead.
SHELL :=
X := $(shell echo hi)
$(info [$(X)] $(.SHELLSTATUS))
all:
	@echo "a  b"
