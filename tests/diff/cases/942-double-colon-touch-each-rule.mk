#? args: -t
#? setup: touch -d '2020-01-01 00:00' all; touch -d '2021-01-01 00:00' a b
# -t: GNU make touches a '::' target once for each rule that is out of
# date ("touch all" twice); dmake touched it for the first rule only.
all:: a
	@echo 1
all:: b
	@echo 2
