#? setup: mkdir -p src build; echo x > src/b.c
#? args: -C build -f ../Makefile
# A pattern rule's prerequisite that no makefile line names is still
# looked for through VPATH (Automake's out-of-tree builds rely on it).
VPATH = ../src
all: b.o
%.o: %.c
	cp $< $@
