#? args: --debug=v
#? setup: touch x
# A '::' target with no prerequisites is always remade, and each '::'
# rule is considered on its own.
all: dc x
dc::
	@echo one
dc:: x
	@echo two
