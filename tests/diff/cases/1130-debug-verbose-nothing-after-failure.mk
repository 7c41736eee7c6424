#? args: --debug=v
# Without -k a failed recipe ends GNU make at once: --debug=v says
# nothing after the error (no "Finished prerequisites", no "Giving up on
# target file" for the targets above it); dmake went on saying both.
all: prog other
prog: a.o
	@exit 1
a.o: ; @echo $@
other: ; @echo never
