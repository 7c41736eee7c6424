# A value ending in an escaped backslash before the newline.
X = a\\
Y = b
Z = c\d
$(info [$(X)] [$(Y)] [$(Z)])
all: ;
