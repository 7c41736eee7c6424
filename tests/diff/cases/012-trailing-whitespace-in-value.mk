# Leading whitespace of a value is dropped, trailing whitespace kept.
X =    a b   
Y := c
Z=d
$(info [$(X)][$(Y)][$(Z)])
all: ;
