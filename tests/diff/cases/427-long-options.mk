#? args: --silent --keep-going --ignore-errors all
# Long option forms.
all:
	echo silent
	false
	@echo done
