# A target named twice in one rule's target list gets one warning and one
# recipe, not "overriding recipe" warnings.
all: a b
a b a: ; @echo $@
