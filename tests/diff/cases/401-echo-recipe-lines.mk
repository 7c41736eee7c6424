# Each recipe line is echoed before it runs, after expansion.
X = value
all:
	echo $(X)
	true
	printf '%s\n' "quoted   spaces"
