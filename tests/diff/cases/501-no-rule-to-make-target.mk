#? args: nosuch
# A goal with no rule and no file.
all:
	@echo all
