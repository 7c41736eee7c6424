#? args: -r
# GNU make expands a pattern rule's prerequisites under .SECONDEXPANSION
# a word at a time and checks each word's names before the next: the
# first rule fails at "missing", so "two" is never said, and the second
# rule is used ("one three", then the recipe).  dmake expanded the whole
# text first, saying "two" too.
.SECONDEXPANSION:
all: a.o
%.o: $$(info one) missing $$(info two)
	@echo $@ [$^]
%.o: h.h $$(info three)
	@echo second $@ [$^]
h.h: ; @:
