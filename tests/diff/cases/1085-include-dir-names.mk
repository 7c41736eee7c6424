#? args: -I ./b/ -I 'inc dir'
#? setup: mkdir b 'inc dir'; printf '$(warning in x)\ninclude y.mk\nbad: ; @exit 3\n' > b/x.mk; printf '$(warning in y)\nY := y\n' > 'inc dir/y.mk'; printf 'include y.mk\nall: ; @echo "sub: Y=$(Y)"\n' > sub.mk
# -I names: GNU make drops a leading "./" (MAKEFLAGS " -Ib/"), and
# searches the directory without its trailing slash (b/x.mk, not
# b//x.mk; .INCLUDE_DIRS "b inc dir ...").  MAKEFILE_LIST has the name
# a file was found by (b/x.mk, inc dir/y.mk), the messages' locations
# the name the include line wrote ("x.mk:1: in x", "[x.mk:3: bad]").
# MAKEFLAGS escapes the blank of "inc dir" ("-Iinc\ dir"), so that the
# sub-make searches it too.  dmake said "./b//x.mk:1: in x", MAKEFLAGS
# " -I./b/ -Iinc dir", and its sub-make did not find y.mk.
all:
	$(info [$(MAKEFILE_LIST)] [$(filter-out /%,$(.INCLUDE_DIRS))] [$(MAKEFLAGS)])
	@$(MAKE) -s -f sub.mk
	@$(MAKE) -s bad
include x.mk
