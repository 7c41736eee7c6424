# A line of $(eval)'s text that is no rule, assignment or directive: the
# error names the line of the $(eval) (8), not the text's third line.
define T
a = 1
b = 2
bad
endef
$(eval $(T))
all: ; @echo never
