#? setup: mkdir d
# A directory as a prerequisite is a file like any other.
all: d
	@echo have dir $<
