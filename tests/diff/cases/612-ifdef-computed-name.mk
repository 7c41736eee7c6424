# ifdef takes a variable name that may be computed.
NAME = TARGETVAR
TARGETVAR = set
ifdef $(NAME)
$(info computed name is defined)
endif
all: ;
