# eval of a multi-line define with a recipe; '$$' survives one expansion.
define RULE
$(1):
	@echo target $$@ var $$(V)
endef
V = v
$(eval $(call RULE,gen))
all: gen
.DEFAULT_GOAL = all
