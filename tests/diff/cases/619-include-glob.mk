#? setup: printf 'A = a\n' > p1.mk; printf 'B = b\n' > p2.mk
# Include names are globbed.
include p*.mk
all:
	@echo $(A) $(B)
