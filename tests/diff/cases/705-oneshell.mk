#? setup: mkdir sub
# .ONESHELL runs the whole recipe in one shell.
.ONESHELL:
all:
	cd sub
	pwd
	X=kept
	echo "X=$$X"
