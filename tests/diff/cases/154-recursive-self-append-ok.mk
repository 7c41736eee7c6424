# 'X += ...' on a recursive X is not a self-reference error.
X = a
X += $(Y)
Y = y
X += c
$(info [$(X)])
all: ;
