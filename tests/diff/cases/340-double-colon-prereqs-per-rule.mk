#? setup: touch -d '2020-01-01 00:00' t; touch -d '2021-01-01 00:00' n1 n2
# Each double-colon rule sees only its own prerequisites in $^ and $?.
t:: n1
	@echo first ^=[$^] ?=[$?]
t:: n2
	@echo second ^=[$^] ?=[$?]
