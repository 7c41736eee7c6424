#? args: V= W=x
# An empty command-line value is still a definition that beats the file.
V = file
$(info [$(V)] $(origin V) [$(W)])
all: ;
