#? setup: printf 'all:\n\t@echo from template, restarts=$(MAKE_RESTARTS)\n' > Makefile.in; touch -d '2001-01-01' Makefile; touch -d '2002-01-01' Makefile.in
# The makefile itself is out of date with a rule to remake it: make
# remakes it and starts again with the new text (Autotools' own rule).
Makefile: Makefile.in
	@echo regenerating $@
	cp Makefile.in $@
	@printf 'Makefile: Makefile.in\n\tcp Makefile.in $$@\n' >> $@
all:
	@echo old text
