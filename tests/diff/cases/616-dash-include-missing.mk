# -include ignores missing files silently.
-include nope.mk also-nope.mk
all:
	@echo fine
