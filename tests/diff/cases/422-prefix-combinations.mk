#? args: -n
# Prefixes combine in any order: @-, -@, @+, +@.
all:
	@-echo at-dash
	-@echo dash-at
	@+echo at-plus
	+@echo plus-at
	-+echo dash-plus
