# A target with no recipe and nothing to do.
all: dep
dep: ;
