# Leading blanks of the first argument are dropped; others are kept.
$(info [$(subst a, b ,xay)])
$(info [$(addprefix   p,q)])
$(info [$(patsubst %, %,a)])
$(info [$(word  1  ,  x  y  )])
all: ;
