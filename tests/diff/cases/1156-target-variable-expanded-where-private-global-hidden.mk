# GNU make defines a target's variable among that target's variables,
# with the globals as its parent's: a private global is out of sight
# there, so 't1: X$(V1) = z' defines X, and 't1: Y := [$(V1)]' is "[]",
# as $(V1) in t1's recipe is.  dmake expanded both among the globals
# (Xgv and "[gv]"); with 'private V1 ?= a $(V1:%.c=b)' that was a
# self-reference error where GNU make has none.
private V1 = gv
private V2 ?= a $(V2:%.c=b)
t1: Y := [$(V1)]
t1: X$(V1) = z
t1: W$(V2) = w
t1:
	@echo "$(Y) [$(V1)] [$(X)] [$(Xgv)] [$(W)]"
