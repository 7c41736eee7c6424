# The rule of a missing include runs but does not create the file.
include ghost.mk
ghost.mk:
	@echo pretending to make $@
all:
	@echo all
.DEFAULT_GOAL = all
