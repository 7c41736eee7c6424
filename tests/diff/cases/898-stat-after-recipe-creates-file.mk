#? setup: for i in $(seq 1 300); do touch f$i; done
# GNU make looks at a file when it reaches it: a prerequisite with no
# rule that an earlier recipe created is there by then.  (300 files so
# that dmake's parallel stat() ahead of the walk runs; what it found
# must be forgotten once a recipe runs.)
F := $(addprefix f,$(shell seq 1 300))
all: first $(F) user
first:
	@touch side; echo made side
user: side
	@echo user sees $<
