# GNU make says what it has to say about a rule's targets ("mixed
# implicit and normal rules: deprecated syntax", "target ... doesn't
# match the target pattern") when it records the rule: after the
# conditional lines that follow it, here after the ifeq's $(info) and
# its "extraneous text" warning.  dmake said them as it read the rule.
all: ; @:
a.o %.o: x
	@:
b.x b.o: %.o: %.c
	@:
ifeq ($(info reading the conditional),) junk
endif
