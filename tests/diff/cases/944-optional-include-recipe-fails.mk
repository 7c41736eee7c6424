# An -include'd makefile whose recipe fails: GNU make does not care (the
# "dontcare" makefiles): no error message, nothing stops, the file is
# not read, and the goals are made with status 0.  Another optional one
# that is made is read.
-include a.mk b.mk
all: ; @echo A=$(A) B=$(B)
a.mk: ; @exit 1
b.mk: ; @echo 'B = made' > $@
