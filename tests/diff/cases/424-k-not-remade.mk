#? args: -k
# -k: targets depending on a failed one are not remade, with a message.
all: top other
top: fails
	@echo top
fails:
	@exit 2
other:
	@echo other
