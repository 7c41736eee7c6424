#? setup: seq 1 4100 | sed "s/^/f/" | xargs touch; touch gone
# A prerequisite with no rule that an earlier recipe removed: GNU make
# stops with "No rule to make target", though the file was there when
# it started.  (4,100 files: dmake's parallel stat() runs.)
F := $(addprefix f,$(shell seq 1 4100))
all: first $(F) user
first:
	@rm gone; echo removed gone
user: gone
	@echo user sees $<
