# 'export' in a target-specific assignment exports just for that target.
all: export TV = exported
all: one
	@echo "all: [$$TV]"
one:
	@echo "one: [$$TV]"
two:
	@echo "two: [$$TV]"
