# A vpath pattern's '\%' loses its backslash, and GNU make 4.3 then
# takes a pattern left with no '%' of its own once more, so "\%.c" is
# "%.c" (src/a.c and src/%.c found) and "b\%y.h" matches bqy.h; with two
# backslashes "\\%.y" is '\' and a '%'.  "vpath \%.c" clears the first
# one only, the one written the same.  dmake kept the backslash:
# no rule to make a.c.
#? setup: mkdir src; touch src/a.c src/%.c src/bqy.h 'src/\u.y' src/n.l
#? args: -r
vpath \%.c src
vpath b\%y.h src
vpath \\%.y src
vpath \%.l src
vpath %.l src
vpath \%.l
all: a.c %.c bqy.h \u.y n.l
	@printf '%s\n' '$^'
