# An indirect recursion through two variables is reported on use.
A = $(B)
B = $(A)
$(info $(A))
all: ;
