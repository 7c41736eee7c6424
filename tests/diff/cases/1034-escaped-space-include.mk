# 'include a\ b.mk' reads the file 'a b.mk' (and a wildcard with an
# escaped blank matches it); '-include' too, and a trailing '\ ' names
# 'x ' ; 'p\\ q.mk' names 'p\' and 'q.mk'.  MAKEFILE_LIST has the names
# unescaped.  dmake split them at the blank: 'a\: No such file or
# directory'.
#? setup: echo 'X += 1' > 'a b.mk'; echo 'X += 2' > 'x '
#? setup: echo 'X += 3' > 'p\'; echo 'X += 4' > q.mk
#? setup: echo 'X += 5' > 'g h.mk'
include a\ b.mk
-include n\ o.mk x\ 
include p\\ q.mk
include g\ *.mk
all: ; @echo '[$(X)] [$(MAKEFILE_LIST)]'
