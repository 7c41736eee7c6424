#? args: -s -n
# -n still prints lines even with -s.
all:
	echo hidden by s
	@echo at line
