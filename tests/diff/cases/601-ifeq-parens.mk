# ifeq (a,b) compares after expansion.
X = yes
ifeq ($(X),yes)
R1 = equal
else
R1 = different
endif
ifeq (,$(NOPE))
R2 = empty
endif
ifeq ($(X), yes)
R3 = leading-space-stripped
else
R3 = leading-space-kept
endif
ifeq ($(X) ,yes)
R4 = trailing-space-stripped
else
R4 = trailing-space-kept
endif
$(info $(R1) $(R2) $(R3) $(R4))
all: ;
