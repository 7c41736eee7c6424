# A variable assignment after a rule ends the rule context: a following
# tab line is "recipe commences before first target" (fatal).
all:
	@echo one
X = 1
	@echo two X=$(X)
