# Conditionals inside define are kept as text; they act when eval'ed.
define D
ifeq ($(1),x)
R = was-x
else
R = other
endif
endef
$(info [$(value D)])
$(eval $(call D,x))
$(info $(R))
$(eval $(call D,y))
$(info $(R))
all: ;
