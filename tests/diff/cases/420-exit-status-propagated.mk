# A failing recipe line: make prints Error N and exits 2.
all:
	@echo start
	exit 7
	@echo not reached
