#? args: -k --debug=v
# A failing recipe under -k --debug=v: "Failed to remake", "Giving up"
# on what needed it, the other branch still made.
all: bad good
	@echo all
bad: ; @exit 3
good: ; @echo good
