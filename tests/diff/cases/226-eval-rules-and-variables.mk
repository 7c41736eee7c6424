# $(eval) parses text as makefile syntax: variables and rules.
define prog_rule
$(1): ; @echo building $(1) with $$(FLAGS_$(1))
FLAGS_$(1) = -D$(1)
endef
$(foreach p,one two,$(eval $(call prog_rule,$(p))))
all: one two
.DEFAULT_GOAL := all
$(info [$(eval X = 1)] [$(X)])
