#? setup: touch keep.c
# A special target among other targets of a rule, its prerequisite left
# for the second expansion: .INTERMEDIATE's list is expanded once all is
# read, so tmp.o (made here) is removed at the end; .SECONDARY's list
# names keep.o (through K, set later), which stays.
.SECONDEXPANSION:
prog: keep.o tmp.o ; @echo link $^
I = tmp.o
.INTERMEDIATE other: $$(I)
.INTERMEDIATE .SECONDARY: $$(K)
K = keep.o
%.o: %.c ; @echo cc $@; touch $@
tmp.c: ; @touch $@
other: ; @:
