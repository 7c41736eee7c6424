#? setup: mkdir -p d/sub inc && touch d/sub/a.c inc/c.c lone.S && ln -s nowhere.c inc/d.c
# Built-in rules searched through several VPATH directories, some of
# them missing, and a dangling symbolic link among the candidates: the
# directory cache takes names missing from a listing as missing, and
# what the search finds is what GNU make's finds.
VPATH = nodir:inc:d/sub:also/missing
all: a.o c.o lone.o d.o
	@echo done
.PHONY: all
