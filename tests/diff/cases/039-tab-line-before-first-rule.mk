# Before the first rule a tab-indented line is an ordinary makefile line.
	X = from tab line
$(info [$(X)])
all: ;
