#? setup: mkdir d1 d2 d3; touch d2/x.c d3/x.c d3/y.c d1/y.h d3/z.h
# A vpath pattern's directories are searched in order, several vpath lines
# for one pattern in the order written, then VPATH.
VPATH = d3
vpath %.c d1:d2
vpath %.h d2
vpath %.h d1
all: x.c y.c y.h z.h
	@echo $^
