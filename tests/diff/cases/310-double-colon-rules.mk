#? setup: touch -d '2020-01-01 00:00' t; touch -d '2021-01-01 00:00' new; touch -d '2019-01-01 00:00' old
# Each double-colon rule is separate: it runs when its own prerequisites
# are newer; one with no prerequisites always runs.
t:: old
	@echo rule with old
t:: new
	@echo rule with new: $?
t::
	@echo rule without prerequisites
