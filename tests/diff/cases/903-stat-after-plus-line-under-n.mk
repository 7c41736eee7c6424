#? setup: seq 1 4100 | sed "s/^/f/" | xargs touch
#? args: -n
# Under -n a '+' line still runs: the file it creates is there when GNU
# make reaches the target that needs it, which has no rule for it.
# (4,100 files: dmake's parallel stat() ahead of the walk runs.)
F := $(addprefix f,$(shell seq 1 4100))
all: first $(F) user
first:
	+@touch side; echo made side
user: side
	@echo user sees $<
