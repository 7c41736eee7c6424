# ifneq is the negation of ifeq.
ifneq (a,b)
$(info a ne b)
endif
ifneq (a,a)
$(info not printed)
else
$(info a eq a)
endif
all: ;
