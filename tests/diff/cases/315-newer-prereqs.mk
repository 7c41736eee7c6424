#? setup: touch -d '2020-01-01 00:00' t; touch -d '2019-01-01 00:00' old1 old2; touch -d '2021-01-01 00:00' new1 new2
# $? lists only prerequisites newer than the target.
t: old1 new1 old2 new2
	@echo '?=[$?]'
