# "\:" written in a second-expanded prerequisite list is a colon by the
# time the list is expanded again: $$(@\:%=%.bar) is $(@:%=%.bar),
# "foo.bar".  One that a variable's value brings ("a\:b") stays.  dmake
# kept the backslash and looked up a variable named "@\".
.PHONY: foo.bar
.SECONDEXPANSION:
all: foo bar
foo: $$(@\:%=%.bar); @echo '$^'
X = a\:b
bar: $$(X) c\:d; @echo '$^'
c\:d:;
a\\\:b:;
