# One argument in double, the other in single quotes.
ifeq "a" 'a'
$(info double-single)
endif
ifeq 'b' "b"
$(info single-double)
endif
ifneq "x" 'y'
$(info mixed ifneq)
endif
all: ;
