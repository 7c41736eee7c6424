#? setup: touch -d '2020-01-01 00:00' in; touch -d '2021-01-01 00:00' out
# GNU make looks at files only while it walks: a $(shell) that makes in
# newer than out, after `out: in` was read, is seen and out is remade.
# (20,000 names are read in between: dmake stats the nodes it makes
# while it reads, on another thread, and must forget what it found when
# $(shell) may change files.)
out: in
	@echo remade out from $<
F := $(addprefix f,$(shell seq 1 20000))
filler: $(F)
X := $(shell touch in)
