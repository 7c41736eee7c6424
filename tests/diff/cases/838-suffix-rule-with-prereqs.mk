#? args: -r
#? setup: touch x.c dep.h
# A suffix rule written with prerequisites: GNU make 4.3 warns that they
# are ignored and still uses it as a suffix rule.
.SUFFIXES: .c .o
.c.o: dep.h
	@echo rule $@ from $< all [$^]
all: x.o
