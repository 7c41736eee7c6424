# GNU make drops the leading "./" (any number of them, and the slashes
# after each) from the names an include line writes: "./gen.mk" is
# gen.mk, which its rule makes, then make starts again and reads it
# (GEN=generated; MAKEFILE_LIST "Makefile gen.mk").  dmake kept the
# "./": "Makefile:11: ./gen.mk: No such file or directory" and "No rule
# to make target './gen.mk'".
include ./gen.mk
all: ; @echo 'GEN=$(GEN) [$(MAKEFILE_LIST)]'
gen.mk: ; echo 'GEN := generated' > $@
