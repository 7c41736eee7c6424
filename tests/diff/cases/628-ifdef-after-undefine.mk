# ifdef after undefine.
X = 1
undefine X
ifndef X
$(info X gone)
endif
all: ;
