# A += whose text is empty (or expands to nothing, for a simple
# variable) changes nothing in GNU make 4.3: not the value, not the
# origin ("override X +=" leaves X a file variable, so the later X = 2
# still sets it), not where it is from (an error in its value names
# the line of the first assignment).  Its export still counts.  dmake
# made X an override variable and moved it to the += line.
X = 1
override X +=
X = 2
Y := 1
override Y += $(EMPTY)
Y = 2
Z = $(subst a)
Z +=
export W = 3
W +=
all: ok bad
ok:
	@echo $(X) $(origin X) $(Y) $(origin Y) [$$W]
bad:
	@echo $(Z)
