# endif without ifeq.
all: ;
endif
