#? args: V=cmd
# 'override +=' appends to a command-line value.
override V += extra
$(info [$(V)] $(origin V))
all: ;
