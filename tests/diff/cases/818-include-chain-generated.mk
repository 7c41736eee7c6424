# A generated include that includes another generated file: two
# restarts, both files made, in order.
include a.mk
a.mk:
	@echo making a.mk
	@printf 'include b.mk\nA = a\n' > $@
b.mk:
	@echo making b.mk
	@printf 'B = b\n' > $@
all:
	@echo A=$(A) B=$(B) restarts=$(MAKE_RESTARTS)
.DEFAULT_GOAL = all
