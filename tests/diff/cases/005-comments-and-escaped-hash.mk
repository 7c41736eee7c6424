# '#' starts a comment outside recipes; '\#' is a literal hash.
X = a \# b # a comment
Y = value#comment
Z = # only a comment
$(info [$(X)] [$(Y)] [$(Z)])
all: ; # comment after the empty recipe
