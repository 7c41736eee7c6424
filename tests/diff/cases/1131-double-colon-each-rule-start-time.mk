#? setup: touch -d '2020-01-01 00:02' x.h; touch -d '2020-01-01 00:03' y.h; touch -d '2020-01-01 00:00' old
#? args: new old
# Each '::' rule compares its prerequisites with the time the file had
# when its first rule was considered: a missing file has every rule run,
# and so has one older than all the prerequisites, though the first rule
# made it new.  dmake looked at the file again after each rule and ran
# only the first.
new:: x.h ; @echo $@ one; touch $@
new:: y.h ; @echo $@ two; touch $@
old:: x.h ; @echo $@ one; touch $@
old:: y.h ; @echo $@ two; touch $@
