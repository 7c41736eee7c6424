# A function called with too few arguments.
$(info $(patsubst a))
all: ;
