# $(shell): newlines become spaces, the trailing one is dropped; stderr
# passes through; .SHELLSTATUS holds the exit status.
X := $(shell printf 'a\nb\n\n')
$(info [$(X)] [$(.SHELLSTATUS)])
Y := $(shell echo to-stderr >&2; exit 3)
$(info [$(Y)] [$(.SHELLSTATUS)])
$(info [$(shell true)] [$(.SHELLSTATUS)])
all: ;
