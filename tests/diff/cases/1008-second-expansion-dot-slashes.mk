# A name that the second expansion gives with a leading "./" loses it
# and the slashes after it, as a name written in the makefile does:
# ".//a" is "a".  dmake took off only the "./" and looked for "/a".
#? setup: touch x.c y.c y.h
#? args: all x.o y.p
.SECONDEXPANSION:
all: $$(addprefix .//,a) ././/b
	@echo [$^]
x.o: $$(addprefix .//,$$*.c)
	@echo [$^]
%.p: $$(addprefix .//,%.c) .//$$*.h
	@echo [$^]
a b: ; @echo mk $@
