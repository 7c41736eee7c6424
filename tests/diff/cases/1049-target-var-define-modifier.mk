# In a target-specific assignment GNU make takes "define" and
# "undefine" for modifiers that do nothing: "all: define X := 5" sets
# X for all; only without an assignment after them is it "Malformed
# target-specific variable definition".  dmake stopped with that error
# at once.
all: define X := 5
all: private undefine Y = 6
all: dep
	@echo all [$(X)] [$(Y)]
dep:
	@echo dep [$(X)] [$(Y)]
