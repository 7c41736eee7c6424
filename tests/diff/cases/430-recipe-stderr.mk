# Recipe stderr is passed through.
all:
	@echo to-out
	@echo to-err >&2
