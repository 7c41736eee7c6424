# A recipe line whose expansion is several commands: once one of them
# is a '+' command, GNU make runs the ones after it under -n too (the
# '+' is the recipe line's flag), and prints "@" ones under -n as ever.
# dmake ran only the '+' command itself.
#? args: -n
define x
echo pre
+echo a
echo b
@echo c
endef
all:
	$(x)
	echo next
