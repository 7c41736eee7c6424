# A define with several lines keeps its newlines.
define TWO
line one
line two
endef
$(info $(TWO))
$(info [$(words $(TWO))])
all: ;
