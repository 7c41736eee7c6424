#? args: -B
#? setup: touch -d '2019-01-01 00:00' in; touch -d '2020-01-01 00:00' out
# -B remakes all targets.
all: out
	@echo all
out: in
	@echo remake out
in:
	@echo remake in
