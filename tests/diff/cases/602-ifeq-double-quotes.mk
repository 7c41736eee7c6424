# ifeq "a" "b"; spaces inside quotes count.
ifeq "a b" "a b"
$(info quoted equal)
endif
ifeq "a " "a"
$(info not printed)
else
$(info trailing space differs)
endif
all: ;
