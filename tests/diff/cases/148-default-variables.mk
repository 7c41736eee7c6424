# Some default variables and their origin.
$(info [$(CC)] [$(RM)] [$(AR)] [$(origin RM)] [$(CFLAGS)] [$(origin CFLAGS)])
all: ;
