#? args: -q --debug=b
# -q with --debug=b: what needs remaking is named and the status is 1.
all: out
out: ; @echo never
