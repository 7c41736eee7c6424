# A conditional keyword is a whole word: 'else ifeq(a,a)' is an 'else'
# with extraneous text, and 'ifneq(a,b)' no conditional at all, so GNU
# make says "missing separator".  dmake took both as conditionals.
ifeq (a,b)
else ifeq(a,a)
$(info else)
endif
ifneq(a,b)
endif
all:;@:
