# Functions nest freely.
files = src/a.c src/b.c lib/c.c
$(info [$(sort $(notdir $(patsubst %.c,%.o,$(filter src/%,$(files)))))])
$(info [$(words $(subst /, ,$(firstword $(files))))])
all: ;
