#? args: -f ./Makefile -f ./d/ all
#? setup: mkdir d
# A -f that names a directory: GNU make stops there, "make: *** d/: Is a
# directory.  Stop." (after reading the makefiles before it).  dmake said
# "d/: Is a directory" as a warning, then "No rule to make target 'd/'".
$(info read Makefile)
all: ; @echo all
