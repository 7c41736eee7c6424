# c.y fails unsaid while b.d, a don't-care makefile, is updated (the
# makefiles are updated last read first).  a.d, don't-care too, reaches
# c.y through the intermediate c.c, where GNU make passes no "don't
# care" on: c.y owes its diagnostic, and says it then, fatally ("needed
# by 'c.c'").  dmake went on, and made the goal.
all: ; @echo all
-include a.d b.d
b.d: c.y ; @echo > $@
a.d: c.c ; @echo > $@
c.c: c.y ; @cp $< $@
.INTERMEDIATE: c.c
