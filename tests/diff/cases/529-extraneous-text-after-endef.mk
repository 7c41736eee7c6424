# Text after endef is warned about.
define X
v
endef junk
$(info [$(X)])
all: ;
