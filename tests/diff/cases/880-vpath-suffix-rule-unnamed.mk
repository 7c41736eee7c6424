#? setup: mkdir -p src; echo 'echo hi' > src/a.sh
# A suffix rule (as Automake writes its test driver rules) finds its
# source through VPATH although nothing names it; a target with an empty
# rule gets the suffix rule's recipe.
VPATH = src
.SUFFIXES: .sh .log
a.log:
.sh.log:
	cp $< $@
