# An assignment is looked for before a conditional: 'else = e' and
# 'ifeq := q' assign variables named else and ifeq, as GNU make does.
# dmake read them as conditionals (invalid syntax in conditional,
# extraneous 'else').
ifdef = i
ifeq := q
ifndef += n
ifneq ?= nn
else = e
endif = f
ifdef NOPE
endif = skipped
else
else := taken
endif
$(info [$(ifdef)][$(ifeq)][$(ifndef)][$(ifneq)][$(else)][$(endif)])
all:;@:
