# or/and stop evaluating at the deciding argument.
$(info [$(or first,$(info never))])
$(info [$(and ,$(info never))])
$(info [$(and x,$(info evaluated)y)])
all: ;
