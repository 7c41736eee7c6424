#? args: V=cmd W=cmd
# Command-line variables beat file assignments, including '+='.
V = file
W += more
$(info [$(V)] [$(W)] $(origin V))
all: ;
