#? args: -j2
# .NOTPARALLEL makes -j run the prerequisites one at a time, in order.
.NOTPARALLEL:
all: slow fast
	@echo all done
slow:
	@sleep 0.3; echo slow
fast:
	@echo fast
