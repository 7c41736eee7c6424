#? args: --debug=v
# "No rule to make target ... Stop." ends GNU make at once: under
# --debug=v no "Finished prerequisites" or "Giving up" line follows for
# the targets that needed it.  dmake went on saying them.
all: a b
a: c ; @echo a
c: missing.o
b: ; @echo b
