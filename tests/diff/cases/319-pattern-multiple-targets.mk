#? args: -r
#? setup: touch p.in
# A pattern rule with several targets makes them all in one run.
all: p.x p.y
%.x %.y: %.in
	@echo run for $@ stem $*
	touch $*.x $*.y
