#? args: c a b
# Goals are made in command-line order.
a b c:
	@echo $@
