# An unclosed $( is fatal.
X = $(foo
$(info $(X))
all: ;
