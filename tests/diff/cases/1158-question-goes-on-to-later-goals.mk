# Under -q GNU make stops the pass at a goal that needs remaking, but not
# the run: the goals after it are still considered in the next pass (the
# status stays 1).  So a '+' recipe of a later goal runs, and a later
# goal with no rule for its prerequisite is fatal (status 2).  dmake
# stopped at the first goal found out of date.
#? args: -q extra x2 prog
extra: ; @echo extra
x2: ; +@echo x2 runs
prog: g.o
	touch $@
