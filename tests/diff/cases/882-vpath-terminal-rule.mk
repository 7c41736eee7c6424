#? setup: mkdir -p src; echo data > src/t.in
# A terminal ('::') pattern rule's prerequisite found through vpath.
vpath %.in src
all: t.out
%.out:: %.in
	cp $< $@
