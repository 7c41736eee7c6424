# A target of a second grouped rule gets GNU make's "overriding group
# membership", a lone one ("a &:") too, whether the first rule grouped
# it with others or alone; its last recipe is the one run.
all: a b
a &: ; @echo a alone
a &: ; @echo a alone again
b &: ; @echo b alone
b c &: ; @echo b with c
