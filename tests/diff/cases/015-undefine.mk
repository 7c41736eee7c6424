# undefine makes a variable undefined again.
X = 1
Y := 2
undefine X
undefine Y
$(info [$(X)] [$(Y)] $(origin X) $(flavor Y))
all: ;
