#? args: --no-print-directory -C sub
#? setup: mkdir sub; printf 'all:\n\t@echo in sub\n' > sub/Makefile
# --no-print-directory silences the messages of -C.
all:
	@echo wrong makefile
