# CURDIR is the absolute current directory (normalised by the runner).
$(info $(CURDIR) $(origin CURDIR))
all:
	@echo $(CURDIR)
