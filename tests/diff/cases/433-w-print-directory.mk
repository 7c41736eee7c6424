#? args: -w
# -w prints the directory messages.
all:
	@echo hello
