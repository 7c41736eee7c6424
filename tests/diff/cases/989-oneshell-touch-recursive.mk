#? args: -t
# Under .ONESHELL the recipe is one line: its first line's '+', or a
# $(MAKE) on any line, makes the whole script run under -t, and then
# the target is not touched (a '+' on a later line counts for nothing).
# dmake ran the script and touched the target too.
.ONESHELL:
all: a b c
a:
	+echo plus
	echo a
b:
	@echo b
	$(MAKE) -f Makefile --no-print-directory sub
c:
	@echo c
	+echo later plus
sub:
	@echo sub
