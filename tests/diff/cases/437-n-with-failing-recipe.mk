#? args: -n
# Under -n a recipe that would fail is only printed.
all: a
	@echo all
a:
	false
