#? args: --debug=m
# --debug=m: an -include'd makefile that is missing and that no rule
# makes is still tried while the makefiles are remade: GNU make says it
# does not exist, must be remade, and failed (nothing else: it is
# optional); dmake said nothing of it.  One whose recipe fails says the
# same, around the recipe's output, and no error.
-include none.mk
-include bad.mk
all: ; @echo all
bad.mk: ; @echo making $@; exit 1
