# The first target 'a\ b' is the default goal: .DEFAULT_GOAL says 'a b'
# and, set again to that, still names the one target 'a b'.  dmake
# split .DEFAULT_GOAL at the blank: '.DEFAULT_GOAL contains more than
# one target'.
a\ b: ; @echo 'made [$@]'
$(info [$(.DEFAULT_GOAL)])
.DEFAULT_GOAL := $(.DEFAULT_GOAL)
