#? args: -r
#? setup: touch -d '2019-01-01 00:00' x.a; touch -d '2020-01-01 00:00' x.c
# A missing secondary intermediate does not force a rebuild of x.c.
.SECONDARY:
%.b: %.a
	cp $< $@
%.c: %.b
	cp $< $@
all: x.c
