# Under .SECONDEXPANSION a rule line's prerequisites with a '$' are
# split at their first '|' once expanded again, as GNU make keeps the
# text whole till then: "$$(B) | o" with B = "b1 | b2|b3" is b1 and
# order-only b2|b3, '|' and o, each line's names where the line stood.
# dmake split the text at " | " first and took "a1|a2" as one name.
.SECONDEXPANSION:
all: $$(A)
all: m | n
all: $$(B) | o
all: p
	@echo "$@ ^=[$^] |=[$|]"
A = a1|a2 a3
B = b1 | b2|b3
C = c\|d
%:
	@:
t: $$(C) | $$(A)
	@echo "$@ ^=[$^] |=[$|]"
all: t
