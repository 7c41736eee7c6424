#? env: SHELL=/bin/false
# SHELL is not taken from the environment.
$(info $(SHELL) $(origin SHELL))
all:
	@echo ran
