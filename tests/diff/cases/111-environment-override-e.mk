#? args: -e
#? env: FOO=env
# With -e the environment beats file assignments.
FOO = file
$(info [$(FOO)] $(origin FOO))
all:
	@echo "$$FOO"
