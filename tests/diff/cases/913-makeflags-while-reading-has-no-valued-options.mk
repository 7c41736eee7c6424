#? args: -s -k -I inc -j2 -l 50 -O --debug=n --no-print-directory
#? setup: mkdir inc
# While the makefiles are read, MAKEFLAGS holds the flags and the
# long options without values, not -I, -j, -l, -O or --debug=, which it
# holds once they are read (in a recipe, before --jobserver-auth); a
# sub-make's MAKEFLAGS while it reads is the same again.  The Linux
# kernel's Makefile.modpost looks for an 'i' in MAKEFLAGS' words, which
# the directory of an -I would supply.
$(info reading: [$(MAKEFLAGS)] [$(MFLAGS)])
$(info has i: [$(findstring i,$(filter-out --%,$(MAKEFLAGS)))])
all: sub.mk
	@echo "later: [$(filter-out --jobserver-auth=%,$(MAKEFLAGS))]"
	@echo "mflags: [$(filter-out --jobserver-auth=%,$(MFLAGS))]"
	@$(MAKE) -f sub.mk
sub.mk: ; @printf '%s\n' '$$(info sub: [$$(MAKEFLAGS)])' 'all: ; @:' > $@
