# .NOTPARALLEL is accepted and serial order is kept.
.NOTPARALLEL:
all: a b
a b:
	@echo $@
