# A global 'private' variable is not seen by targets (as if target-local).
private P = global-private
Q = global
all:
	@echo [$(P)] [$(Q)]
