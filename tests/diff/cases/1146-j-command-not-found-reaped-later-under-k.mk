# The same under -j2 -k, with the failing command's error ignored ('-')
# and a second line after it: GNU make says c's "No rule to make target"
# first, then, at the next reaping, the "(ignored)" error, and only then
# starts a's second line.  dmake said the error and ran the second line
# before it went on to c.
#? args: -j2 -k
all: a c
a:
	-no-such-program-dmake x
	@echo second line of a
c: d
