#? args: -Otarget
# Under -O, what a recipe printed before a recursive make's line goes
# out before it, and the line's echo with it: the sub-make syncs its own
# output, which comes next, then the rest of the recipe's.
all: sub.mk
	@echo before
	$(MAKE) --no-print-directory -f sub.mk
	@echo after
sub.mk: ; @printf 'all: ; @echo sub output\n' > $@
