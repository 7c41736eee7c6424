# Lines of a define body as GNU make reads them: a tab-indented 'endef'
# is text, 'endef#c' is text, only a bare 'define' nests (not
# 'override define'), 'define C :=y' is C with ':=' and extraneous text,
# and a joined 'endef \' line is told at its last line.  dmake ended
# the define at '\tendef' and 'endef#c', nested 'override define', took
# 'C :=y' as the name and told the first line.
define A
	endef
x
endef#c
override define B
endef
define C :=y
z
endef
define D
d
endef \
  cont
$(info [$(A)][$(C)][$(C :=y)][$(D)])
all:;@:
