# $(call) passes more than nine arguments; $(10) works.
f = $(1)$(9)$(10)$(11)
$(info [$(call f,a,b,c,d,e,f,g,h,i,j)])
all: ;
