#? setup: printf 'X = yes\n' > yes.mk; printf 'X = no\n' > no.mk
# include inside a conditional.
ifeq (1,1)
include yes.mk
else
include no.mk
endif
all:
	@echo $(X)
