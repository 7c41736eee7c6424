#? args: -s --eval 'E = one $$(two) back\slash' --eval 'F := 2' --eval '$(info evaluating: [$(MAKEFLAGS)])' 'V=a$$b'
# --eval strings reach sub-makes in MAKEFLAGS, through a reference to a
# variable that holds them with blanks and backslashes escaped and '$'
# doubled; a sub-make evaluates them again.  A command-line variable's
# '$' is doubled there too, and read back as one.  While the strings
# are evaluated, MAKEFLAGS names the variable, not yet defined ("s ").
$(info reading: [$(MAKEFLAGS)] [$(value MAKEFLAGS)])
$(info $(origin -*-eval-flags-*-) $(flavor -*-eval-flags-*-): [$(value -*-eval-flags-*-)])
all: sub.mk
	@echo 'overrides: [$(value MAKEOVERRIDES)] [$(MAKEOVERRIDES)]'
	@$(MAKE) -f sub.mk
sub.mk:
	@printf '%s\n' '$$(info sub: E=[$$(value E)] F=[$$(F)] V=[$$(value V)])' \
	    '$$(info sub reading: [$$(MAKEFLAGS)])' 'all: ; @:' > $@
