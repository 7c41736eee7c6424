#? args: -r
#? setup: mkdir one two; touch two/x.in one/y.in
# VPATH is a colon or blank separated list of search directories.
VPATH = one:two
all: x.in y.in
	@echo $^
