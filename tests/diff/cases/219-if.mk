# $(if cond,then,else): the condition is true when non-empty after stripping.
E =
S = $(E)  $(E)
$(info [$(if x,yes,no)] [$(if ,yes,no)] [$(if $(S),yes,no)] [$(if x,yes)] [$(if ,yes)])
$(info [$(if x,$(info then-branch)then,$(info else-branch)else)])
all: ;
