# As 1041, both files of the group missing, under -n: gen.c is not
# intermediate (gen.h's implicit search made it known first), so GNU
# make says no "rm gen.c" at the end, as its real run removes nothing.
# dmake said "rm gen.c" under -n only.
#? args: -r -n
#? setup: touch -d '2020-01-01 00:00' gen.in
#? setup: touch -d '2020-01-02 00:00' gen.o use.x app
app: use.x gen.o
	touch $@
use.x: gen.h
	touch $@
%.o: %.c
	touch $@
%.c %.h: %.in
	touch $*.c $*.h
