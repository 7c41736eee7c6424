# define with =, :=, ::=, += and ?=.
B = early
define REC =
rec $(B)
endef
define SIM :=
sim $(B)
endef
define SIM2 ::=
sim2 $(B)
endef
define REC +=
plus
endef
define REC ?=
not used
endef
define NEW ?=
new
endef
B = late
$(info [$(REC)] [$(SIM)] [$(SIM2)] [$(NEW)] $(flavor REC) $(flavor SIM) $(flavor SIM2))
all: ;
