# A recipe line whose '+' comes from a variable (git's QUIET_SUBDIR0 =
# +@subdir=) is a recursive line for GNU make once it has expanded it:
# under -n it runs, and when every line of the recipe is such a one,
# the target's real time is read afterwards (gen is still older than
# out, so out is not remade).  dmake ran the line but then took gen as
# remade and printed out's recipe too.
#? setup: touch -d '2020-01-01 00:00' gen; touch -d '2020-01-02 00:00' out
#? args: -n
Q = +@
out: gen
	cp gen out
gen: FORCE
	$(Q)echo checking gen
FORCE:
