# Under -n, a recipe whose line expands to "+" and no command is a
# recursive line that "ran": b's time is read again (unchanged, older
# than c), so a, newer than b, is up to date.  dmake saw no command and
# took b for newly made ("echo > a").
#? setup: touch -d '2020-01-01 00:00' b; touch -d '2020-01-02 00:00' a; touch c
#? args: -n
.SUFFIXES:
BAR =     # nothing
FOO = +$(BAR)
a: b; echo > $@
b: c; $(FOO)
