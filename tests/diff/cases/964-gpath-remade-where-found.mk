#? args: -k
#? setup: mkdir src; touch src/foo.c src/bar.c; sleep 0.01; touch src/foo.o src/bar.o; sleep 0.01; touch src/foo.c src/bar.c
# GPATH: a target VPATH found in a GPATH directory is remade there, under
# that name ($@ is src/foo.o, and so is the name in the error message),
# not here, as other targets found by VPATH are.  dmake ignored GPATH.
VPATH = src
GPATH = src/
all: foo.o bar.o
	@echo $^
foo.o: foo.c ; @echo build $@ from $<; touch $@
bar.o: bar.c ; @echo fail $@; exit 3
