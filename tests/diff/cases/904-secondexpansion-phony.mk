#? setup: touch all
# After .SECONDEXPANSION a special target's prerequisites are expanded
# a second time once the makefiles are read: $$(X) becomes 'all', with
# the value X has at the end, so the existing file 'all' is phony and
# its recipe runs.
.SECONDEXPANSION:
.PHONY: $$(X)
all: ; @echo all ran
X = all
