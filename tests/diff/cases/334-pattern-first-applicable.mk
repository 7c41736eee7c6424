#? args: -r
#? setup: touch p.two
# Of two pattern rules for %.out, the one whose prerequisite exists is used.
%.out: %.one
	@echo from one
%.out: %.two
	@echo from two $<
all: p.out
.DEFAULT_GOAL = all
