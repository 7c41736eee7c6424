#? args: -r
#? setup: mkdir d; touch d/ab.c
# A pattern without '/' is matched against the file part only; the
# directory is put back in front of the stem and the prerequisites.
x%.o: %.c
	@echo $@ from $< stem $*
all: d/xab.o
.DEFAULT_GOAL = all
