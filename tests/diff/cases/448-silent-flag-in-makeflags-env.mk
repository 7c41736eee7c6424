#? env: MAKEFLAGS=s
# Flags can come in through MAKEFLAGS in the environment.
all:
	echo silent via MAKEFLAGS
