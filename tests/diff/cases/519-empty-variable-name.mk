# An assignment without a name.
 = value
all: ;
