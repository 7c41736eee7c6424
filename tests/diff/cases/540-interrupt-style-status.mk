# A recipe exiting with a high status.
all:
	exit 255
