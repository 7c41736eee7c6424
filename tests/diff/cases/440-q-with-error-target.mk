#? args: -q
# -q with no rule for a prerequisite is an error (exit 2).
all: missing
	@echo no
