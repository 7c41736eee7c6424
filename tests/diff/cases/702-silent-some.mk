# .SILENT with prerequisites silences only those targets.
.SILENT: quiet
all: quiet loud
quiet:
	echo quiet
loud:
	echo loud
