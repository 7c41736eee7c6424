# $(foreach) binds a variable for each word; the old value comes back.
i = outer
$(info [$(foreach i,a b c,<$(i)>)])
$(info [$(foreach i,1 2,$(foreach j,x y,$(i)$(j)))])
$(info [$(foreach i,,x)] [$(i)])
all: ;
