#? args: -e
#? env: ENVV=env OTHER=other
# With -e a plain assignment to an environment variable is ignored, but
# 'override' and 'override +=' change it; the recipe sees the result.
ENVV = file
ENVV += more
OTHER = file
override OTHER += added
$(info ENVV=[$(ENVV)] $(origin ENVV) $(flavor ENVV))
$(info OTHER=[$(OTHER)] $(origin OTHER))
all:
	@echo "$$ENVV / $$OTHER"
