# A function call missing its closing paren.
$(info $(subst a,b,abc)
all: ;
