# gen.h is named in the makefile; its implicit search makes its sibling
# gen.c known to GNU make as a target (also_make), so gen.o's search,
# later, takes gen.c as a file that ought to exist, not an intermediate
# one: missing, it is remade (by gen.h's rule, "touch gen.c gen.h"),
# then gen.o and app.  dmake took gen.c for an intermediate file and
# found app up to date.
#? args: -r
#? setup: touch -d '2020-01-01 00:00' gen.in
#? setup: touch -d '2020-01-02 00:00' gen.h gen.o use.x app
app: use.x gen.o
	touch $@
use.x: gen.h
	touch $@
%.o: %.c
	touch $@
%.c %.h: %.in
	touch $*.c $*.h
