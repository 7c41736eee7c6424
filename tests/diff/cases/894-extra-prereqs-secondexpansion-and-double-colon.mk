#? args: all dc
# With .SECONDEXPANSION the extra prerequisites stay out of $^ as the
# second expansion sees it; each '::' rule gets them.
.SECONDEXPANSION:
.EXTRA_PREREQS = x
all: y $$(addsuffix .z,$$^)
	@echo all [$^]
dc:: ; @echo dc one [$^]
dc:: ; @echo dc two [$^]
x y y.z: ; @echo made $@
