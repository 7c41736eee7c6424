#? setup: printf 'A = a\n' > a.mk; printf 'B = b\n' > b.mk; printf 'C = c\n' > c.mk
# One include line may name several files, also through variables.
MORE = c.mk
include a.mk b.mk $(MORE)
all:
	@echo $(A) $(B) $(C)
