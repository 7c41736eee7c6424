# A line that is neither a rule nor an assignment.
X = 1
this is not a rule
all: ;
