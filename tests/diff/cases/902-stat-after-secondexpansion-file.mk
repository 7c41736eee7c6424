#? setup: seq 1 4100 | sed "s/^/f/" | xargs touch; touch x.z
# The same as 901 with $(file >y) in the pattern rule's second
# expansion: y appears before GNU make reaches other.
F := $(addprefix f,$(shell seq 1 4100))
all: $(F) x.z other
other: y
	@echo other sees $<
.SECONDEXPANSION:
%.z: $$(file >y,text)
	@echo remade $@
