#? setup: touch -d '+1 hour' a b; touch sub
# GNU make warns of a file's future time once a run (the first such file
# it reads), and not for a file it has just remade (t, which its recipe
# dates an hour ahead); "Clock skew detected" still ends the run.
# dmake warned for each file, and for t after remaking it.  (The
# seconds are blotted out: they depend on when the case runs.)
all:
	@$(MAKE) --no-print-directory -f Makefile sub 2>&1 | sed 's/time [0-9]* s/time N s/'
sub: a b t
	@echo sub
t:
	@touch -d '+1 hour' t
