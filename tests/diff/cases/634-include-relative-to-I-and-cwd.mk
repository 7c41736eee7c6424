#? args: -I inc
#? setup: mkdir inc; printf 'X = cwd\n' > x.mk; printf 'X = incdir\n' > inc/x.mk
# The current directory is searched before -I directories.
include x.mk
all:
	@echo $(X)
