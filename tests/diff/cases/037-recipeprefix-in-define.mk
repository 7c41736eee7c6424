# Recipe lines written inside define and eval'ed use the recipe prefix.
define RULE
gen:
	@echo from eval
endef
$(eval $(RULE))
