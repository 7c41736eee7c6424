# export and unexport take a list of names, expanded.
A = 1
B = 2
C = 3
NAMES = A B C
export $(NAMES)
unexport B
all:
	@echo "[$$A] [$$B] [$$C]"
