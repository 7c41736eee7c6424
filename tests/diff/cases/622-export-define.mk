# export and override apply to define.
export define MULTI
line1
endef
override define OV
ov
endef
all:
	@echo "$$MULTI" $(OV)
