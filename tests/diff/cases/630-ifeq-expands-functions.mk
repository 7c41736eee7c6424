# Arguments of ifeq are fully expanded, including functions.
L = a b c
ifeq ($(words $(L)),3)
$(info three words)
endif
ifeq ($(strip  x  ),x)
$(info stripped)
endif
all: ;
