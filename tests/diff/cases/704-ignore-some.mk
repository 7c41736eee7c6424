# .IGNORE with prerequisites ignores errors only for those targets.
.IGNORE: a
all: a b
a:
	false
	@echo a done
b:
	false
	@echo b not done
