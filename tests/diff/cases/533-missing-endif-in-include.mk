#? setup: printf 'ifdef X\nY = 1\n' > inc.mk
# A conditional left open in an included file.
include inc.mk
all: ;
