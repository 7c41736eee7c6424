# Backslash-newline in a variable value becomes one space; whitespace
# around it is collapsed.
X = a \
      b    \
	c
Y := one\
two
$(info [$(X)] [$(Y)])
all: ;
