# .DEFAULT's recipe is for files that are not targets; a .PHONY
# prerequisite is one to GNU make, so only c gets it ("default c").
# dmake ran it for b too.
all: b c
.PHONY: b
.DEFAULT: ; @echo default $@
