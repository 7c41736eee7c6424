#? args: -r
#? setup: mkdir sub; touch sub/a.c
# $* includes the directory part of the stem.
%.o: %.c
	@echo stem=$* *D=$(*D) *F=$(*F)
all: sub/a.o
.DEFAULT_GOAL = all
