#? setup: printf 'OK = 1\nbad line here\n' > inc.mk
# Missing separator reported in the included file.
include inc.mk
all: ;
