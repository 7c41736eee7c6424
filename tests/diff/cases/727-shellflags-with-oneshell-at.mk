# .ONESHELL: the first line's '@' silences the whole script.
.ONESHELL:
all:
	@x=1
	echo "x=$$x"
