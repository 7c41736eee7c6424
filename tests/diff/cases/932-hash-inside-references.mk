# GNU make 4.3: a '#' inside a reference, $(...) ${...} or $X, starts no
# comment ("foo := $(shell echo '#')" is "#"), and a backslash before it
# stays; outside references '#' is a comment as before, "\#" a '#', and
# "$$#" a '$' then a comment.
foo := $(shell echo '#')
bar := $(subst \#,x,a\#b) ${firstword #} # comment
x = a $# b
y = a $$# b
z = a \$(#) b
ifeq ($(shell echo '#'),\#) # the first '#' is quoted, the third a comment
c := yes
endif
define D # comment $(
body #
endef
all: a$(#)b ; @echo '[$(foo)] [$(bar)] [$(x)] [$(y)] [$(z)] $(c) [$(D)] $^' # c
a$(#)b: ; @echo made '$@'
