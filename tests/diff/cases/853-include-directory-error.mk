#? setup: mkdir sub
# Including a directory is a fatal error, not a missing file to remake.
include sub
all: ; @echo all
