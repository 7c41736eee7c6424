# GNU make passes a don't-care makefile's "don't care" down through the
# prerequisites it walks, but not through those of an intermediate file
# (check_dep walks them itself): x.c is intermediate (.SECONDARY names
# it), so x.y, which no rule makes, is a fatal "No rule to make target"
# though x.d is only -include'd.  dmake ignored it as it ignores x.d.
all: ; @echo all
-include x.d
x.d: x.c ; @echo "X = 1" > $@
x.c: x.y ; @cp $< $@
.SECONDARY: x.c
