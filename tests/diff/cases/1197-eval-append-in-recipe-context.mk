# An $(eval) that a recipe runs looks up what '+=' and '?=' find in the
# target's context, as GNU make: "A += ev" appends to the target's A
# and makes that the global A; a private global (P) is out of sight
# there, so "P += ev" defines P afresh; "Q ?= q" finds the target's Q
# and leaves the global undefined.
#? args: u
private P = hidden
A = global
t: A = tv
t: Q = tq
t: ; $(eval A += ev) $(eval P += ev) $(eval Q ?= q) @echo "t [$(A)] [$(P)] [$(Q)]"
u: t ; @echo "u [$(A)] [$(P)] [$(origin Q)]"
