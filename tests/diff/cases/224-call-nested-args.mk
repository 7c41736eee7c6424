# Arguments of an inner call do not leak to an outer one; commas in parens
# do not split arguments.
outer = $(1)-$(call inner,x)-$(2)
inner = <$(1)|$(2)>
$(info $(call outer,A,B))
$(info $(call inner,(a,b),c))
$(info $(call inner,a b , c ))
all: ;
