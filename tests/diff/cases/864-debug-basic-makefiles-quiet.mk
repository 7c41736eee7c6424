#? args: --debug=b
# --debug=b without m: remaking the makefiles prints nothing between
# "Updating makefiles...." and "Re-executing".
include gen.mk
all: ; @echo X=$(X)
gen.mk:
	@echo X=1 > $@
