# A '::' rule's second expansion speaks at that rule's own recipe: GNU
# make says "Makefile:8: one", "MAKE: none" (no recipe), then stops with
# "Makefile:12: *** unterminated variable reference.  Stop.".  dmake
# gave no location.
.SECONDEXPANSION:
all:: $$(warning one)

	@echo one
all:: $$(warning none)
all:: $$(info three) ; @echo three
all:: $$(warning four)
all:: $$(foo ; @echo five
