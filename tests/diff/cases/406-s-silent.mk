#? args: -s
# -s suppresses all echoing.
all:
	echo one
	@echo two
