#? setup: seq 1 4100 | sed "s/^/f/" | xargs touch; touch x.z
# GNU make expands a pattern rule's prerequisites a second time when its
# implicit search for x.z tries the rule; the $(shell) there creates y
# (x.z exists: no recipe runs) before GNU make reaches other, which
# needs y and has no rule for it.  (4,100 files: dmake's parallel stat()
# ahead of the walk runs, and must forget that y was missing.)
F := $(addprefix f,$(shell seq 1 4100))
all: $(F) x.z other
other: y
	@echo other sees $<
.SECONDEXPANSION:
%.z: $$(shell touch y)
	@echo remade $@
