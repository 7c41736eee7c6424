# $(info) prints its text and a newline and expands to nothing.
X = [$(info inside)]
$(info $(X))
$(info)
$(info   leading blanks stripped)
all: ;
