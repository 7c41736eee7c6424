# '+=' and '+=' without spaces add exactly one space between parts.
X = a
X += b
X+=c
X +=    d   
$(info [$(X)])
all: ;
