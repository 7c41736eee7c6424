#? setup: touch a.q
# .SUFFIXES's prerequisites after .SECONDEXPANSION: the suffixes come
# from the second expansion, and .q.r is a suffix rule.
.SECONDEXPANSION:
SFX = .q .r
.SUFFIXES: $$(SFX)
.q.r: ; @echo suffix $< to $@
all: a.r
