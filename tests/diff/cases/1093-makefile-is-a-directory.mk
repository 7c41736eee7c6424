# -f naming a directory: GNU make stops at once ("*** dd: Is a
# directory.  Stop.", status 2); dmake said "dd: Is a directory" and
# then "No rule to make target 'dd'".
#? setup: mkdir dd
#? args: -f dd
all: ; @echo all
