#? args: -n
# Under -n lines are printed even for .SILENT targets.
.SILENT:
all:
	echo line
