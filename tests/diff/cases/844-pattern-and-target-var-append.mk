#? args: -r
# Pattern-specific and target-specific '+=' both add to the global value;
# the target-specific value is applied after the pattern-specific one.
V = g
%.o: V += pat
x.o: V += tgt
y.o: V = set
%.o: W := pw
x.o: W += tw
all: x.o y.o z.o
%.o:
	@echo $@: V=[$(V)] W=[$(W)]
