#? setup: printf 'X = 1\n$(error from include)\n' > inc.mk
# Errors name the included file and its line.
include inc.mk
all: ;
