# '@' suppresses the echo of one line.
all:
	@echo silent
	echo loud
	@ echo blank after at
