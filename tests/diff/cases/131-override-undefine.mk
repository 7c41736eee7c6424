#? args: V=cmd
# 'undefine' does not remove a command-line variable; 'override undefine' does.
undefine V
$(info [$(V)] $(origin V))
override undefine V
$(info [$(V)] $(origin V))
all: ;
