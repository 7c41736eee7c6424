#? setup: printf 'X = included\ninc:\n\t@echo rule from inc\n' > inc.mk
# include reads another makefile in place.
include inc.mk
all: inc
	@echo $(X)
.DEFAULT_GOAL = all
