# 'unexport' takes a list of names, never an assignment: GNU make reads
# 'unexport Z = 3' as unexporting Z, '=' and 3 (Z stays empty), and in
# a target's 'all: unexport BAR = x' unexport is a prerequisite.
# dmake assigned Z = 3, and BAR as a target variable.
export X := 1 # comment
unexport Z = 3
unexport = u
export A = a
unexport $(if 1,A)
all: unexport BAR = x
all:
	@echo "[$$X][$$Z][$(Z)][$(unexport)][$$A][$(BAR)]"
BAR unexport = x:
	@echo $@
