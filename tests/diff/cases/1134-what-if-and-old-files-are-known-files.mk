#? args: -r -k -W a.c -o b.c
# A file named by -W or -o is one make knows of, even when it does not
# exist: an implicit rule's prerequisite that "ought to exist", so
# '%.o: %.c' makes a.o and b.o.  dmake's search did not know them: "No
# rule to make target 'a.o'".
all: a.o b.o c.o
%.o: %.c ; @echo $@ from $^
