# A makefile that starts with a UTF-8 byte order mark: GNU make skips the
# three bytes, here and in an included makefile, and says so under
# --debug=b.  dmake took them for part of the first target's name.
#? setup: printf '\357\273\277X = inc\n' > inc.mk
#? args: --debug=b
include inc.mk
all: ; @echo $@ $(X)
