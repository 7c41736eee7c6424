#? args: -B
#? setup: echo 'int main(void){return 0;}' > a.c
# -B remakes an included makefile once; after the restart that brings,
# GNU make does not force the makefiles again (only the goals), so it
# ends.  A -B that a makefile puts in MAKEFLAGS (the sub-make here, run
# without the parent's flags) does not force the makefiles at all, only
# the goals.  dmake remade
# a.d after every restart until it gave up after 100.
ifdef SUB
MAKEFLAGS += -B
endif
all: a.o
	@echo linked
	@$(if $(SUB),,MAKEFLAGS= $(MAKE) -s SUB=1)
-include a.d
%.d: %.c
	@echo making $@; echo 'a.o: a.c' > $@
%.o: %.c
	@echo compiling $@; touch $@
