#? setup: mkdir sub; printf 'X = sub\n' > sub/inc.mk
# An include path with a directory is relative to the current directory.
include sub/inc.mk
all:
	@echo $(X)
