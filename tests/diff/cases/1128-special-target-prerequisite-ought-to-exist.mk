#? args: -r -k a.o b.o c.o d.o
# A file named only as a special target's prerequisite is a file make
# knows of: to the implicit rule search it "ought to exist", so '%.o:
# %.c' applies, and the error is about the .c file (for .PHONY the phony
# b.c is "made" and b.o with it).  dmake knew such files only as
# targets or ordinary prerequisites: "No rule to make target 'a.o'".
%.o: %.c ; @echo $@ from $^
.INTERMEDIATE: a.c
.PHONY: b.c
.SECONDARY: c.c
.SUFFIXES: d.c
