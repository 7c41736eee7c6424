# $(addsuffix) and $(addprefix) act on each word.
$(info [$(addsuffix .c,foo bar)] [$(addprefix src/,foo bar)] [$(addprefix x,)] [$(addsuffix ,a b)])
all: ;
