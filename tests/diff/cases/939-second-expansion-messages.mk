#? args: -r --warn-undefined-variables
# What the second expansion says, GNU make says with no location: a
# $(warning), an undefined variable, a $(warning) from an $(eval) in it.
# A pattern rule's prerequisites are expanded once for each target the
# rule is tried on and used for (dmake expanded them a second time when
# it applied the rule).
.SECONDEXPANSION:
all: $$(warning explicit $$@) $$(UNDEF) $$(eval $$(warning evaluated)) y.o z.o
%.o: $$(warning pattern $$@) ; @echo made $@
