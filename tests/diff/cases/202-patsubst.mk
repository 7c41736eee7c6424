# $(patsubst pattern,replacement,text) word by word.
$(info [$(patsubst %.c,%.o,a.c b.c c.h)])
$(info [$(patsubst a.c,X,a.c ba.c)])
$(info [$(patsubst %,[%],one   two)])
$(info [$(patsubst %.c,obj/%.o %,a.c)])
$(info [$(patsubst \%x,Y,%x x)])
$(info [$(patsubst %.c,no-percent,a.c b.h)])
$(info [$(patsubst x%y%z,<%>,xAyBz)])
all: ;
