# A simple command that does not exist: status 127.
all:
	nosuchcommand-xyz arg
