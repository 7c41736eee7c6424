#? setup: echo 'G = old' > gen.mk
# An -include'd makefile that exists is as "don't care" as a missing
# one: when its remaking fails, nothing is said of it (no "Error 1", no
# "Failed to remake makefile"), the status stays 0, and it is read as it
# was.  dmake took only a missing one as optional: it stopped, status 2.
-include gen.mk
all: ; @echo all G=$(G)
gen.mk: FORCE ; @echo remaking $@; exit 1
FORCE:
