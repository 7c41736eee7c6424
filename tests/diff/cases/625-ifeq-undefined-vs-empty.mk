# An undefined and an empty variable compare equal.
E =
ifeq ($(E),$(UNDEF))
$(info equal)
endif
all: ;
