# .SHELLFLAGS gives the shell options; -x traces to stderr.
.SHELLFLAGS = -xc
all:
	@echo traced
