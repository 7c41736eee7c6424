# -include of a file nothing can make: silently left out.
-include nothing-makes-me.mk
sinclude nor-me.mk
all:
	@echo all
