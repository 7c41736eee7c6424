# $(filter-out) removes words matching any of the patterns.
$(info [$(filter-out %.o,a.o b.c c.o d)])
$(info [$(filter-out a b,a b c a)])
$(info [$(filter-out ,a b)])
all: ;
