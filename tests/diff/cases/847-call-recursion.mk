# $(call) can recurse: reverse a list and build a count to a limit.
reverse = $(if $(1),$(call reverse,$(wordlist 2,$(words $(1)),$(1))) $(firstword $(1)))
upto = $(if $(filter $(1),$(words $(2))),$(2),$(call upto,$(1),$(2) x))
$(info [$(strip $(call reverse,a b c d))])
$(info [$(call upto,3,)] [$(words $(call upto,5,))])
all: ;
