# A recipe's environment takes, for each name, the innermost variable
# that is exported: a parent target's "override B := a" (not exported:
# the command line's B it follows is not marked, and its origin is
# override) does not hide the command line's B, so q gets B=cmd while
# $(B) is a.  An exported one does hide it (HOME, from the
# environment, exported), and a global "unexport" still takes a name
# out (GONE).
#? env: GONE=gone
#? args: B=cmd
all: p1
p1: q
all: override B := a
all: HOME := elsewhere
unexport GONE
q: ; @env | grep -E '^(B|GONE)=' | sort; echo "[$(B)] [$(HOME)] [$$HOME]"
p1 all: ;
