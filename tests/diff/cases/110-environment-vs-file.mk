#? env: FOO=env BAR=env
# File assignments beat the environment; unassigned env vars remain.
FOO = file
$(info [$(FOO)] [$(BAR)] $(origin FOO) $(origin BAR))
all:
	@echo "$$FOO $$BAR"
