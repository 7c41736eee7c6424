#? setup: t=$(($(date +%s)-5)); touch -d "@$t" a; touch -d "@$t.2" b; touch -d "@$t.5" src
#? setup: touch -d "@$((t-1)).9" c; touch -d "@$t.7" d
# .LOW_RESOLUTION_TIME: such a target is up to date with prerequisites
# from the same second (a, b; c, a second older, is remade), and GNU
# make warns when such a file has a fraction of a second (b).  As a
# prerequisite such a file compares as usual (d, newer than src, is up
# to date).  dmake ignored it and remade a and b.
.LOW_RESOLUTION_TIME: a b c src
all: a b c d
a b c d: src
	@echo remake $@
