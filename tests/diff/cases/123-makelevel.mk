# MAKELEVEL is 0 in the makefile; recipes see 1 in their environment.
$(info MAKELEVEL=$(MAKELEVEL) $(origin MAKELEVEL))
all:
	@echo "env MAKELEVEL=$$MAKELEVEL"
