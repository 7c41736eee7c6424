# A define inside a define is kept as text until the outer value is eval'ed.
define OUTER
define INNER
inner value
endef
X = x value
endef
$(eval $(OUTER))
$(info [$(INNER)] [$(X)])
all: ;
