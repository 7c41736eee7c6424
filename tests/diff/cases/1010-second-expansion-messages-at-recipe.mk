#? args: --warn-undefined-variables
# What the second expansion of a target's prerequisites says, GNU make
# says at that target's recipe (its first line, here line 12), whichever
# rule line the text came from: "Makefile:12: one all" and
# "Makefile:12: warning: undefined variable 'UNDEF'".  A target with no
# recipe gets no location (case 939).  dmake gave none at all.
.SECONDEXPANSION:
all: $$(warning one $$@) $$(UNDEF)
all: x
all:

	@echo made $@
x: ; @:
