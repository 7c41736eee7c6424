#? args: --debug=m
# --debug=m: remaking an included makefile is shown (one level in), then
# "Re-executing[1]:" with the command, and the second run's goals.
include gen.mk
all: ; @echo X=$(X)
gen.mk:
	@echo X=1 > $@
