# '$$' passes a single '$' to the shell.
all:
	@echo $$((1 + 2)) '$$literal'
	@x=5; echo "x is $$x"
