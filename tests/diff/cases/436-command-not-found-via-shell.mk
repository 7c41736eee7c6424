# A missing command run through the shell (metacharacters present).
all:
	nosuchcommand-xyz arg; true; exit 127
