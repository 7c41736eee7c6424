#? setup: mkdir -p src; touch src/x.sh; touch -d '2020-01-01' src/x.c; touch -d '2021-01-01' src/x.o
#? args: x.sh x.o
# "Nothing to be done" and "is up to date" name a goal by the path VPATH
# found.
VPATH = src
x.o: x.c
	cp $< $@
