#? args: -r
# The separator forms: ':', '::', '&:', ': VAR = value', ':;' recipe.
all: single double group tvar
single : ; @echo single
double :: ; @echo double one
double :: ; @echo double two
group1 group2 &: ; @echo group $@
group: group1 group2
tvar : V = target-specific
tvar: ; @echo $(V)
