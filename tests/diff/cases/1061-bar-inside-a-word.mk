# The first '|' of a rule line's prerequisites starts the order-only
# ones wherever it stands, also inside a word and in what a variable
# gives ("a|b" is a and order-only b, "$(DIR)" = "x|y" likewise); after
# it '|' is part of a name.  A '|' after an odd run of backslashes is
# a name's byte and the run before the first halves ("a\\|b" is a\ and
# b).  dmake took '|' as the split only as a word of its own.
X = x|y
all: one two three four five six
one: a|b|c
	@echo "$@ ^=[$^] |=[$|]"
two: $(X) q|r
	@echo "$@ ^=[$^] |=[$|]"
three: |b a||c
	@echo "$@ ^=[$^] |=[$|]"
four: a\|b c | d\|e
	@echo "$@ ^=[$^] |=[$|]"
five: a\\|b
	@echo "$@ ^=[$^] |=[$|]"
six: a\\\|b| e | f
	@echo "$@ ^=[$^] |=[$|]"
%:
	@:
