# Backslashes before a colon in a target or prerequisite name: each run
# is halved, and an odd one makes the colon part of the name ("a\\\:b"
# names "a\:b", "a\\\\\:b" names "a\\:b").  Backslashes before other
# characters stay.  dmake dropped only the one backslash next to the
# colon ("a\\:b").
all: p1 p2
p1: a\:b a\\\:b a\\\\\:b c\d e\\f
	@echo '[$^]'
p2: x\:y\\\:z
	@echo '[$^]'
a\:b a\\\:b a\\\\\:b c\d e\\f x\:y\\\:z: ; @echo 'T[$@]'
