# Only the needed number of commas split arguments; parens nest.
comma := ,
$(info [$(subst a,b,c,a,d)])
$(info [$(subst $(comma),;,x,y)])
$(info [$(words (a,b) c)])
$(info [$(patsubst %,(%),a b)])
$(info [$(if x,a,b,c)])
$(info [$(subst {,<,${x}{)])
all: ;
