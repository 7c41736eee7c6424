#? args: -k -f missing.mk -f Makefile foo all
# Under -k a -f makefile that no rule makes is named ("Failed to remake
# makefile") and the goals are still made from the makefiles read:
# "No rule to make target 'foo'" without Stop, all is made, status 2.
all: ; @echo all made
