#? args: CMDV=hello
# Command-line variables are exported to recipes.
all:
	@echo "CMDV=$$CMDV"
