# .VARIABLES lists the global variables defined so far (sorted here: the
# order is unspecified); a target-specific one is not among them.
A = 1
B := 2
t: C = 3
$(info $(filter A B C MAKE SHELL CURDIR,$(sort $(.VARIABLES))))
all:
	@echo $(filter A B C D,$(sort $(.VARIABLES)))
D = 4
