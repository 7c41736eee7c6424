# Lines after a failing one are not run; the target is named.
all: first
	@echo all
first:
	@echo one
	@sh -c 'exit 1'
	@echo three
