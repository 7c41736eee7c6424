# A single rule with an echoed recipe line.
all:
	echo hello
