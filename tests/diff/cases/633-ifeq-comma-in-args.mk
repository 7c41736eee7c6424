# The first unnested comma splits ifeq (a,b); commas inside $( ) do not.
comma := ,
ifeq ($(subst x,y,axb),ayb)
$(info function with commas)
endif
ifeq (a$(comma)b,a$(comma)b)
$(info comma variable)
endif
all: ;
