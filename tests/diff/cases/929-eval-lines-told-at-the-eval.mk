# GNU make tells every line of $(eval)'s text at the line of the $(eval)
# itself: a $(warning) on the text's fourth line, in each of two evals,
# and after a define within it; a rule defined there has its recipe's
# lines counted from that line (the second eval's recipe wins, and its
# second command fails: line 16 + 1).
define T
x = 1
define y
z
endef
$$(warning after the define)
t:
	@echo first
	@exit 3
endef
$(eval $(T))
$(eval $(T))
all: t
