#? setup: touch -d '2020-01-01 00:00' in; touch -d '2021-01-01 00:00' a
# A grouped target is remade when any member is missing.
all: a b
a b &: in
	@echo making $@ for group
	touch a b
