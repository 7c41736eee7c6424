# A grouped target's recipe makes every member: when the members are
# .INTERMEDIATE, GNU make removes them all at the end ("rm a b"), even
# one that nothing asked for and that was there before (b, by the
# setup).  dmake removed only the members the walk had reached ("rm a").
#? setup: touch b
all: x
x: a
	cat a b > x
a b &:
	touch a b
.INTERMEDIATE: a b
