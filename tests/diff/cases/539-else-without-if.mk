# else without a conditional.
else
all: ;
