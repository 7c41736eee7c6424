# '-' ignores a failing line; make reports it as ignored.
all:
	-false
	-exit 3
	@echo continued
