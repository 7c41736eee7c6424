#? setup: seq 1 4100 | sed "s/^/f/" | xargs touch
# GNU make looks at a file when it reaches it: a prerequisite with no
# rule that an earlier recipe created is there by then.  (4,100 files so
# that dmake's parallel stat() ahead of the walk runs; what it found
# must be forgotten once a recipe runs.)
F := $(addprefix f,$(shell seq 1 4100))
all: first $(F) user
first:
	@touch side; echo made side
user: side
	@echo user sees $<
