# An exported target '+=' whose text leads back to itself through
# another variable: the error names the appending variable at its line,
# as GNU make's (it is the one being expanded for the environment).
A = $(HOME)
p2.o: HOME += $(A) x
p2.o: ; @echo "p2.o [$$HOME]"
