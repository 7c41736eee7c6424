#? setup: seq 1 4100 | sed "s/^/f/" | xargs touch
#? setup: touch -d '2020-01-01 00:00' src; touch -d '2021-01-01 00:00' out
# out is newer than src when make starts; an earlier recipe touches
# src, so when GNU make reaches out it remakes it.  (4,100 files:
# dmake's parallel stat() runs.)
F := $(addprefix f,$(shell seq 1 4100))
all: first $(F) out
first:
	@touch src; echo touched src
out: src
	@echo remaking $@ from $<; touch $@
