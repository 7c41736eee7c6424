# -w with a -C directory that cannot be entered: GNU make says
# "Entering directory" and "Leaving directory" of the directory it
# started in around its error (also after an earlier -C went well);
# dmake said only the error.
#? setup: mkdir okdir; printf 'all:;@echo hi\n' > okdir/Makefile
#? args: -w -C okdir -C nonexist
all: ; @echo all
