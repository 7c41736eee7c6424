# ifeq without a proper argument form.
ifeq a b
endif
all: ;
