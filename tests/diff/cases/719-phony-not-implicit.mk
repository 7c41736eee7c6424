#? args: -r
#? setup: touch clean.src
# Implicit rules are not searched for .PHONY targets.
.PHONY: clean
%: %.src
	@echo pattern for $@
clean:
	@echo clean recipe
