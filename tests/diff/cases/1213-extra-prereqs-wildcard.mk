# .EXTRA_PREREQS words with wildcards stand for the files they match
# (tick and tack); a target among the matches gets none (tick, tack).
# dmake looked for a file named "*ck".
#? setup: touch tick tack
.EXTRA_PREREQS = *ck
.PHONY: all tick tack o
all: o ; @echo ${.EXTRA_PREREQS} $^
tick tack: ; @echo $@
o: .EXTRA_PREREQS = t?ck
o: ; @echo $@
