#? args: -n
# An intermediate file that no rule makes ends the run ("No rule to make
# target ... Stop."): GNU make never finished it, so under -n its "rm"
# line names only the intermediate files made before it.  dmake listed
# a.o too.
all: b.o a.o
.INTERMEDIATE: a.o b.o
b.o: ; @echo b
