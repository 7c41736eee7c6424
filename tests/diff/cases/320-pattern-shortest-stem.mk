#? args: -r
# Among matching pattern rules, the one with the shortest stem wins.
all: src/main.o
%.o:
	@echo generic for $@
src/%.o:
	@echo specific for $@ stem $*
