# foreach with call builds lists.
mk = $(1).o
$(info [$(foreach f,a b,$(call mk,$(f)))])
$(info [$(foreach f,a b,$(f):)])
all: ;
