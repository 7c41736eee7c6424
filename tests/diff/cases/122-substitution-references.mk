# $(x:a=b) replaces a word-final suffix; $(x:%.c=%.o) is patsubst.
x = a.c b.c c.h dir.c/x.c cc
$(info [$(x:.c=.o)])
$(info [$(x:%.c=%.o)])
$(info [$(x:c=Z)])
$(info [${x:.c=}])
$(info [$(x:%=pre-%)])
all: ;
