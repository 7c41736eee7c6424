# A pattern and a normal target in one rule.
%.o a.x: ; @:
all: ;
