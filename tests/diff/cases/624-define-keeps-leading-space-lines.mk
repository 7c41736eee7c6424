# define keeps indentation and blank lines inside the body.
define D
  indented

last
endef
$(info [$(D)])
all: ;
