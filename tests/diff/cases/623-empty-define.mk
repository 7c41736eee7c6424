# An empty define is defined but empty.
define E
endef
$(info [$(E)] $(flavor E) $(origin E))
ifdef E
$(info not shown)
endif
all: ;
