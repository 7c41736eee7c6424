# Only the first '|' in a prerequisite list starts the order-only ones:
# GNU make takes a second '|' as an order-only prerequisite named '|'
# (here a file), with .SECONDEXPANSION too.  dmake dropped it, and
# reversed order-only prerequisites of a second expansion ([c b]).
#? setup: touch '|'
#? args: -r
.SECONDEXPANSION:
all: x y
x: a | b | c
	@echo 'x [$^][$|]'
y: $$(Q) a | b | c
	@echo 'y [$^][$|]'
a b c:;@:
