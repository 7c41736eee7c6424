#? args: -k --debug=j
# --debug=j alone: no version banner (that comes with the basic level),
# and GNU make's chain of children: "Putting child ... on the chain" when
# a target's first command forks, "Live child" while each command runs,
# "Reaping winning child" or "Reaping losing child" when it ends (before
# the error message, also an ignored one), "Removing child ... from
# chain" when the recipe is over.  A recipe of ':' forks nothing and says
# nothing; -k goes on after c fails.  (The commands write to files: what
# they wrote to stdout would race with make's lines.)
all: a b c d
	@echo all > $@
a:
	echo a1 > $@
	-@false
	@echo a3 >> $@
b:
	@:
c: ; @exit 3
d: ; @echo d > $@
