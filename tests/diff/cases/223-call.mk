# $(call var,args): $(1).., $(0) is the name, missing args are empty.
reverse = $(2) $(1)
show = [$(0)] [$(1)] [$(2)] [$(3)]
twice = $(call reverse,$(1),$(1))
$(info $(call reverse,a,b))
$(info $(call show,x))
$(info $(call twice,z))
$(info [$(call nosuch,a)])
$(info $(call show,a,b,c,d))
all: ;
