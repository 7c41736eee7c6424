#? args: -r
#? setup: touch prog.sh
# A single-suffix rule '.sh:' makes 'prog' from 'prog.sh'.
.SUFFIXES: .sh
.sh:
	@echo build $@ from $<
all: prog
