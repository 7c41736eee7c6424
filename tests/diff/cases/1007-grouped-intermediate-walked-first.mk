# The walk reaches b first and finds it there, so b is kept; the
# group's recipe makes a too, which nothing had looked at yet: GNU make
# removes a at the end ("rm a").  dmake kept it.
#? setup: touch b
all: x
x: b a
	cat a b > x
a b &: c
	touch a b
c: ; touch c
.INTERMEDIATE: a b
