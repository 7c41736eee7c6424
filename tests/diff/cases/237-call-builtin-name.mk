# $(call) of a built-in function name calls the function.
$(info [$(call subst,a,b,aaa)] [$(call words,x y z)])
all: ;
