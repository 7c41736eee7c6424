# $(origin) takes a variable name (which can be computed).
n = X
X = 1
$(info [$(origin $(n))] [$(origin   X  )] [$(origin)])
all: ;
