# -W of the name VPATH finds for a prerequisite ("-W x-dir/x" when x is
# found as x-dir/x, "./" or not): the prerequisite counts as new and y,
# newer than x-dir/x, is remade.  dmake looked for -W's name only under
# the prerequisite's own name x ("'y' is up to date").
#? setup: mkdir x-dir; touch -d '2020-01-01 00:00' x-dir/x; touch y
#? args: -W ./x-dir/x VPATH=./x-dir
y: x ; @echo cp $< $@
