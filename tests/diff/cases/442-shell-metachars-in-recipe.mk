# Shell syntax is passed to the shell unchanged.
all:
	@for i in 1 2 3; do printf "$$i "; done; echo
	@if [ -n "x" ]; then echo yes; fi
	@echo a | tr a b
	@echo "`echo backquote`" $$(echo dollar-paren)
