# A number argument of $(word) or $(wordlist) that expands to blanks
# alone passes GNU make's numeric check and counts as 0: no words for
# wordlist's end, "must be greater than 0" for word.  (Written empty, it
# is "non-numeric".)  dmake said "non-numeric" for blanks too.
SP := $(EMPTY) $(EMPTY)
all: list word
list:
	@echo [$(wordlist 1,$(SP),a b)] [$(wordlist 2,$(SP)$(SP),a b)]
word:
	@echo [$(word $(SP),a b)]
