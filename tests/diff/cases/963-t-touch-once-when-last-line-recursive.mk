#? args: -t
# -t with recursive lines ('+'): GNU make runs them and touches the
# target, twice (and says so twice) when the last line is one it
# skipped, once when the last line ran: here x ends with a '+' line
# (once), y with a skipped one (twice).  dmake said it twice for x too.
all: x y
x:
	@echo x1
	+@echo x2
	@echo x3
	+@echo x4
y:
	+@echo y1
	@echo y2
