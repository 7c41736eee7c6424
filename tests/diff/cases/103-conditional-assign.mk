# '?=' assigns only when the variable is undefined (empty counts as defined).
A ?= first
A ?= second
EMPTY =
EMPTY ?= filled
R = $(X)
R ?= other
$(info [$(A)] [$(EMPTY)] [$(R)] $(flavor A))
all: ;
