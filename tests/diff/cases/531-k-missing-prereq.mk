#? args: -k
# -k with a missing prerequisite: the other prerequisites are still made.
all: ok missing
	@echo no
ok:
	@echo ok
