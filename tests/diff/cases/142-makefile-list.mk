#? setup: printf 'X = 1\n' > inc.mk
# MAKEFILE_LIST grows as makefiles are read.
$(info [$(MAKEFILE_LIST)])
include inc.mk
$(info [$(MAKEFILE_LIST)] $(lastword $(MAKEFILE_LIST)))
all: ;
