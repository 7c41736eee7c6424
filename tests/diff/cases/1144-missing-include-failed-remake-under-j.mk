# An include that does not exist and whose recipe fails, under -j4.
# Serially GNU make says "Makefile:N: gen.mk: No such file or directory"
# before the error, as the failed job is reaped while gen.mk is the goal
# being updated.  Under -j it reaps the job between two passes over the
# makefiles, when the goal it looked at last is the Makefile itself (the
# makefiles go in the reverse order of reading): that is not an
# include, and the line is not said.  dmake said it.
#? args: -j4
all: ; @echo all
include gen.mk
gen.mk:
	@exit 1
