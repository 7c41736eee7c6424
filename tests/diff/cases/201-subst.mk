# $(subst from,to,text): every occurrence, also inside words.
$(info [$(subst ee,EE,feet on the street)])
$(info [$(subst a,,banana)])
$(info [$(subst x,y,)])
$(info [$(subst , ,a b)])
$(info [$(subst ,x,abc)])
$(info [$(subst  a , b ,x a y)])
all: ;
