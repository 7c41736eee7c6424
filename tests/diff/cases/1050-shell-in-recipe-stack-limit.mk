# A $(shell) that a recipe line expands runs with the stack limit make
# was started with, as the recipe itself does: GNU make prints the same
# limit three times.  dmake gave that $(shell) the raised limit it uses
# for its own deep walks (131072 KiB instead of 8192).
x := $(shell ulimit -s)
all:
	@echo $(x) $(shell ulimit -s)
	@ulimit -s
