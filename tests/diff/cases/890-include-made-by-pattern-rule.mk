# A missing include that only a pattern rule can make, and an optional
# one that an implicit rule makes too: both are made and read, and
# neither gets the "No such file or directory" note, which is for an
# include no rule makes.
.DEFAULT_GOAL := all
include gen.mk
-include opt.inc
%.mk:
	@echo making $@
	@echo 'X = made' > $@
%.inc: %.src
	@echo making $@ from $<
	@echo 'Y = also' > $@
opt.src:
	@touch $@
all:
	@echo X=$(X) Y=$(Y)
