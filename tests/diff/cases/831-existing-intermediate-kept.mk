#? args: -r
#? setup: touch -d '2020-01-01 00:00' x.b; touch -d '2021-01-01 00:00' x.a
# A file a chain passes through that existed before make ran is not
# intermediate: it is remade when out of date but not removed.
%.b: %.a
	@echo remake $@; touch $@
%.c: %.b
	@echo make $@ from $<; touch $@
all: x.c
