# Recipe lines after a special target's rule (.POSIX:, .PHONY: all,
# .SILENT:) belong to that target in GNU make, which never runs them;
# they are no error.  dmake stopped with "recipe commences before first
# target" at the first of them.
.POSIX:
	echo posix recipe
.PHONY: all
	echo phony recipe
.SILENT:
	@echo silent recipe
X = ok
all: ; echo all $(X)
