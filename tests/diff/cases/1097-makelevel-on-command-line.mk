# MAKELEVEL set on the command line is the level, as GNU make reads it
# once the command line's variables are defined: "MAKE[2]" in messages,
# the directory lines a sub-make prints, 3 to the recipes.  dmake took
# the level from the environment only.
#? args: 'MAKELEVEL = 2'
all: ; @echo "[$(MAKELEVEL)] [$$MAKELEVEL] [$(origin MAKELEVEL)]"; false
