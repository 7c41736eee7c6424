#? args: -C sub
#? setup: mkdir sub; printf 'all:\n\t@echo in sub\n\t@pwd | sed "s|.*/||"\n' > sub/Makefile
# -C changes directory first and prints Entering/Leaving messages.
all:
	@echo wrong makefile
