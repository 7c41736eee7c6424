#? args: --warn-undefined-variables
# --warn-undefined-variables names each undefined reference.
X = $(UNDEF1)
$(info [$(X)])
all:
	@echo [$(UNDEF2)]
