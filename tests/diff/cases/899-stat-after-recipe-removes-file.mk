#? setup: for i in $(seq 1 300); do touch f$i; done; touch gone
# A prerequisite with no rule that an earlier recipe removed: GNU make
# stops with "No rule to make target", though the file was there when
# it started.  (300 files: dmake's parallel stat() runs.)
F := $(addprefix f,$(shell seq 1 300))
all: first $(F) user
first:
	@rm gone; echo removed gone
user: gone
	@echo user sees $<
