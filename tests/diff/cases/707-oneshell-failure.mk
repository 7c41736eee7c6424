# With .ONESHELL a failing middle command does not stop the script
# (no -e), only the last status counts.
.ONESHELL:
all:
	false
	echo after false
