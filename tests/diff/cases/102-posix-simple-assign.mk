# '::=' is a simple (immediately expanded) assignment.
B = early
S ::= $(B)
B = late
$(info $(S) $(flavor S))
all: ;
