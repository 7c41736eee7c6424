# A multi-line variable in a recipe gives one recipe line per line;
# each line takes its own prefixes.
define steps
@echo step one
echo step two
-@false
@echo step four
endef
all:
	$(steps)
