#? args: b a V=1
# MAKECMDGOALS lists the goals given on the command line, in order.
$(info [$(MAKECMDGOALS)])
a b:
	@echo $@ [$(MAKECMDGOALS)]
