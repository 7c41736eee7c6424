# .POSIX: recipes run with -e, so a failing command in a line stops it.
.POSIX:
all:
	@false; echo not reached
