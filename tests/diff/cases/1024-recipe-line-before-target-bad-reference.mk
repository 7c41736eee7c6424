# The line with a tab after the assignment is no recipe line (no rule is
# open): GNU make says "recipe commences before first target" without
# expanding it.  dmake expanded it first and said "unterminated variable
# reference".
x = 1
	@echo $(x
all: ; @echo all
