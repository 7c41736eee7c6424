# GNU make finds no variable assignment past a '#', even an escaped
# one: 'a\#b = 1' is no assignment but a rule line without a colon,
# "missing separator".  dmake assigned a variable named a#b.
X = 1
a\#b = 1
$(info [$(a#b)])
all:;@:
