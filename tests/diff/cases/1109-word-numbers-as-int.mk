# $(word) and $(wordlist) take their numbers as GNU make's atoi() does:
# past LONG_MAX they saturate, and they are then cut to a 32-bit int, so
# 4294967298 is 2, 2147483648 is negative (no word; for wordlist's
# start an error naming -2147483648), and a huge stop is -1 (no words).
# dmake took the numbers whole (saturating): [b c d], [] [], [] and
# no error.
all: show bad
show:
	@echo [$(wordlist 2,99999999999999999999,a b c d)]
	@echo [$(word 4294967298,a b c)] [$(word 2147483648,a b c)]
	@echo [$(wordlist 4294967298,4294967299,a b c d)]
bad:
	@echo [$(wordlist 2147483648,2,a b c)]
