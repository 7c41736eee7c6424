#? setup: touch f.y
#? args: -r -k
# .SILENT, .IGNORE and .SECONDARY apply to every target only when none
# of their rules names a prerequisite: a rule without any, next to one
# with some, changes nothing (here b is echoed, its error counts, and
# the intermediate f.c is removed).  dmake took the empty rule as "all".
all: a b f.o
a: ; echo a
b: ; echo b; exit 1
%.o: %.c ; @echo $@ from $^
%.c: %.y ; @echo $@ from $^; touch $@
.SILENT: a
.IGNORE: a
.SECONDARY: none.c
.SILENT:
.IGNORE:
.SECONDARY:
