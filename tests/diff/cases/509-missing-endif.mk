# A conditional without endif.
ifeq (a,a)
X = 1
all: ;
