#? setup: mkdir sub
# Each recipe line runs in its own shell: cd and variables do not persist.
all:
	cd sub; pwd
	pwd
	X=1; echo "X=$$X"
	echo "X=$$X"
