# $(findstring find,in) returns find or nothing.
$(info [$(findstring a,b a c)] [$(findstring x,a b)] [$(findstring a b,xa by)] [$(findstring ,abc)])
all: ;
