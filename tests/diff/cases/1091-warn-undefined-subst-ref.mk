# --warn-undefined-variables also warns of the variable of a
# substitution reference ($(U:a=b), $(U:%=x%), a computed name too), as
# GNU make; dmake warned only of plain references.
#? args: --warn-undefined-variables
N = U
X := $($(N):a=b)
W = w
all: ; @echo $(U:a=b) $(${N}:%=x%) $(V) $(W:a=b) [$(X)]
