# .SHELLFLAGS -ec: each recipe line stops at the first failing command.
.SHELLFLAGS = -ec
all:
	@false; echo not printed
