# A bare "define" (blanks and a comment after it) names an empty
# variable: "empty variable name", not "missing separator".
define   # nothing
endef
all: ; @echo never
