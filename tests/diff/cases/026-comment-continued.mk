# A backslash at the end of a comment line continues the comment \
X = hidden
Y = seen
$(info [$(X)] [$(Y)])
all: ;
