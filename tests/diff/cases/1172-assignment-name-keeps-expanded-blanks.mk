# The blanks around an assignment's name are not part of it, but those
# its expansion gives are, in GNU make: "X$(S) = 1" defines "X ", and
# "$(S) = 2" defines " " (no "empty variable name"), for every kind of
# assignment and a target's variables too.  A define's name is
# stripped.  dmake stripped them all, and stopped at "$(S) = 2".
E :=
S := $(E) $(E)
X$(S) = 1
$(S) = 2
Y$(S)Y := 3
export W$(S) = 4
override V$(S) ?= 5
define D$(S)
d
endef
$(info [$(X)] [$(X )] [$( )] [$(Y Y)] [$(W)] [$(W )] [$(V)] [$(V )] [$(D)] [$(origin X )])
t: U$(S) = 6
t: ; @echo "[$(U)] [$(U )]"
