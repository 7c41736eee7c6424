# ifeq 'a' 'b'.
V = x
ifeq '$(V)' 'x'
$(info single quotes equal)
endif
all: ;
