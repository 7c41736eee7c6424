# A wildcard in an implicit rule's prerequisite stands for the files it
# matches once the stem is in ("%.t*" for a.four: a.three a.two); one
# that matches nothing is a name as it is ("b.z*" for b.six, made by a rule).
# After a second expansion the names are globbed too, an explicit
# rule's included.  dmake took "a.t*" for a file name ("No rule to make
# target").
#? setup: touch a.one a.two a.three
.PHONY: all
all: a.four b.six c.five x.y
%.four : %.t* ; @echo $@: $(sort $^)
%.six : %.z* ; @echo $@: $^
b.z%: ; @echo $@
.SECONDEXPANSION:
X = a.t*
x.y: $$(X) ; @echo $@: $^
%.five : $$(sort a.t*) ; @echo $@: $(sort $^)
